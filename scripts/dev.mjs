// Runs the content compiler in watch mode beside `next dev`, so that editing markdown updates the
// open page. Either process exiting stops the other.
import { spawn, spawnSync } from 'node:child_process';

// The proxy reads the route manifest, so compile the content once before the watchers start.
const first = spawnSync('npm', ['run', 'content:build'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit' }),
  // Drafts are shown while writing, never in a build.
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, SHOW_DRAFTS: '1' } }),
];

function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 1));
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));
