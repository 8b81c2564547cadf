// npm run dev: the content compiler in watch mode beside `next dev`, so that editing markdown
// updates the open page, and `content:check` after every change, so that every problem is listed
// in the terminal as the author writes (the page keeps the last good content meanwhile).
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' };

// Compile the content (and the fonts) once, so that next dev starts with everything it imports.
const first = spawnSync('npm', ['run', 'content:build'], { stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit', env }),
  // Drafts are shown while writing, never in a build.
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...env, SHOW_DRAFTS: '1' } }),
];

let timer;
let checking = false;
function check() {
  if (checking) return void (timer = setTimeout(check, 500));
  checking = true;
  const run = spawn(
    'npx',
    ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server', 'scripts/content-check.ts'],
    { env },
  );
  let output = '';
  run.stdout.on('data', (d) => (output += d));
  run.stderr.on('data', (d) => (output += d));
  run.on('exit', () => {
    checking = false;
    process.stdout.write(`\n[content:check] ${output.trim()}\n\n`);
  });
}
// Once at the start, so that problems already in the content are listed before any edit.
check();
const watcher = watch('content', { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(check, 300);
});

function stopAll(code) {
  watcher.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 1));
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));
