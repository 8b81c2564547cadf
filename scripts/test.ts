// npm test: the whole suite, the README's one command (and .ci/run's). The lint, the unit tests and the
// fixture site's one build into .next-test (the type check is in it) side by side, then the integration
// tests and the end-to-end tests on that build. Ports are the system's free ones. Prints how long each
// step took; the output of the steps side by side comes whole, one after the other.
import { spawn } from 'node:child_process';
import { fixtureEnv } from '../tests/fixture-site';
import { freePorts } from '../tests/ports';

type Step = { name: string; command: string; args: string[]; env?: Record<string, string> };

function run(
  { name, command, args, env }: Step,
  quiet: boolean,
): Promise<{ name: string; code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('exit', (code) =>
      resolve({ name, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const times: [string, number][] = [];
function done(result: { name: string; code: number; output: string; seconds: number }) {
  process.stdout.write(result.output);
  times.push([result.name, result.seconds]);
  if (result.code !== 0) {
    console.error(`\n${result.name} failed (exit ${result.code}).`);
    process.exit(result.code);
  }
}

const started = performance.now();
const port = await freePorts(1);
const siteEnv = { ...fixtureEnv, SITE_URL: `http://localhost:${port}` };
// Side by side: the lint and the unit tests (about a core each, reading only the sources and the fixture's
// text) beside the fixture site's photos and build, which read neither's output. The build alone leaves a
// core idle for long stretches; together they keep both busy.
const fixtureBuild = (async () => {
  const photos = await run(
    { name: 'fixture photos', command: 'npx', args: ['tsx', 'tests/fixtures/make-photos.ts'] },
    true,
  );
  if (photos.code !== 0) return [photos];
  const build = await run(
    { name: 'fixture build (with the type check)', command: 'npm', args: ['run', '-s', 'build'], env: siteEnv },
    true,
  );
  return [photos, build];
})();
const firstSteps = await Promise.all([
  run({ name: 'lint', command: 'npm', args: ['run', '-s', 'lint'] }, true).then((result) => [result]),
  run({ name: 'unit tests', command: 'npm', args: ['run', '-s', 'test:unit'] }, true).then((result) => [result]),
  fixtureBuild,
]);
for (const result of firstSteps.flat()) done(result);

done(await run({ name: 'integration tests', command: 'npm', args: ['run', '-s', 'test:integration'] }, false));
done(await run({ name: 'end-to-end tests', command: 'npm', args: ['run', '-s', 'test:e2e'] }, false));

const total = (performance.now() - started) / 1000;
console.log(
  [
    '',
    'npm test:',
    ...times.map(([name, s]) => `  ${name.padEnd(36)} ${s.toFixed(0).padStart(4)} s`),
    `  ${'total'.padEnd(36)} ${total.toFixed(0).padStart(4)} s`,
  ].join('\n'),
);
