import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { fixtureSite } from './tests/fixture-site';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = [
  { find: /^@\//, replacement: `${root}/` },
  { find: 'contentlayer/generated', replacement: `${root}/.contentlayer/generated/index.mjs` },
  // next's subpath modules have no "exports" map: Node's ESM resolution needs the file.
  { find: /^next\/(navigation|link|server)$/, replacement: 'next/$1.js' },
];

// The day the fixture site (tests/fixtures/site) is written for, as its build takes it.
const env = { SITE_TODAY: fixtureSite.today };

export default defineConfig({
  test: {
    projects: [
      {
        // Pure: domain logic, loaded as the server loads it (lib/content/queries.ts is server-only). Seconds.
        resolve: { alias, conditions: ['react-server'] },
        // next-intl inlined so that its imports of next/* go through the alias above (proxy.ts).
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env,
          server: { deps: { inline: [/next-intl/] } },
        },
      },
      {
        // What needs more than the code: builds, copies of the project, nginx, spawned commands (npm test
        // runs these after the fixture site's build).
        resolve: { alias, conditions: ['react-server'] },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          server: { deps: { inline: [/next-intl/] } },
        },
      },
      {
        // Components rendered to HTML, with next-intl's client-side bindings.
        resolve: { alias },
        test: {
          name: 'components',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'node',
          env,
          server: { deps: { inline: [/next-intl/] } },
        },
      },
    ],
  },
});
