import { readFileSync } from 'node:fs';
import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import project from '../../package.json' with { type: 'json' };

// The Node.js versions package.json states, and every dependency's own: the oldest we claim must run them all.
describe('the runtime', () => {
  it('every direct dependency accepts the oldest Node.js package.json supports', () => {
    const oldest = minVersion(project.engines.node)!.version;
    const names = [...Object.keys(project.dependencies), ...Object.keys(project.devDependencies)];
    const refusing = names.flatMap((name) => {
      const own = (
        JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { engines?: { node?: string } }
      ).engines?.node;
      return own && !satisfies(oldest, own) ? [`${name}: ${own}`] : [];
    });
    expect(refusing).toEqual([]);
  });
});
