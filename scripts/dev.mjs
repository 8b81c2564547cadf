// npm run dev: after every change in content/ the content step (content:check --build: the photos,
// every check, and the documents for the pages, written only when nothing is wrong), Contentlayer in
// watch mode on those documents, and `next dev`: editing markdown updates the open page; a problem is
// listed in the terminal and on the open page (components/DevProblems.tsx), in Kazakh and Russian,
// while the page keeps the last good content.
import { spawn, spawnSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import chokidar from 'chokidar';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' };
const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];

// Everything next dev imports, once: the check's report, the photos, the compiled content, the fonts.
spawnSync('npm', ['run', '-s', 'content:build'], { stdio: 'inherit', env });

/** Contentlayer's output without its error blocks: an "Error" line and the indented lines under it. */
function withoutErrorBlocks(stream, out) {
  let skipping = false;
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (/^\S*Error|Found \d+ problems|SourceFetchData/.test(line)) skipping = true;
      else if (skipping && /^\S/.test(line) && !/^[\]}),;]+$/.test(line)) skipping = false;
      if (!skipping) out.write(`${line}\n`);
    }
  });
}

const contentlayer = spawn('npx', ['contentlayer2', 'dev'], { stdio: ['ignore', 'pipe', 'pipe'], env });
withoutErrorBlocks(contentlayer.stdout, process.stdout);
withoutErrorBlocks(contentlayer.stderr, process.stderr);
const children = [
  contentlayer,
  // Drafts are shown while writing, never in a build.
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...env, SHOW_DRAFTS: '1' } }),
];

function run(args) {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', () => resolve(output.trim()));
  });
}

let timer;
let checking = false;
async function check() {
  if (checking) return void (timer = setTimeout(check, 500));
  checking = true;
  const report = await run([...tsx, 'scripts/content-check.ts', '--build', '--watching']);
  checking = false;
  process.stdout.write(`\n[content:check]\n${report}\n\n`);
  // The open page shows the report (components/DevProblems.tsx): touching its module makes next dev
  // render the page again, also when the content itself could not be compiled.
  const now = new Date();
  utimesSync('components/DevProblems.tsx', now, now);
}
check();
// chokidar, not fs.watch: Node's recursive watch on Linux loses a file that an editor replaced (saved
// through a temporary file and a rename), and its later changes go unseen.
const watcher = chokidar
  .watch([process.env.CONTENT_DIR ?? 'content', 'public/images'], { ignoreInitial: true })
  .on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });

function stopAll(code) {
  void watcher.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 1));
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));
