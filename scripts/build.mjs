// npm run build: content check and content compile (photos, then Contentlayer) side by side (they
// are independent and each takes one core), then the fonts, the type check, `next build`, the checks and the HTML-only
// step on its output (scripts/post-build.ts), and the search index beside it. The check's report comes first: it is the one written
// for authors.
import { spawn } from 'node:child_process';

function run(command, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];
// The photos' variants come before the compile: the article HTML names them.
const compileContent = async () => {
  const photos = await run('npx', [...tsx, 'scripts/build-photos.ts'], { quiet: true });
  if (photos.code !== 0) return photos;
  const compile = await run('npx', ['contentlayer2', 'build'], { quiet: true });
  return { code: compile.code, output: photos.output + compile.output };
};
const [check, compile] = await Promise.all([
  run('npx', [...tsx, 'scripts/content-check.ts'], { quiet: true }),
  compileContent(),
]);
process.stdout.write(check.output);
if (check.code !== 0) process.exit(check.code);
process.stdout.write(compile.output);
if (compile.code !== 0) process.exit(compile.code);

for (const [command, args] of [
  ['npx', ['tsx', 'scripts/build-fonts.ts']],
  ['npx', ['tsx', 'scripts/build-icons.ts']],
  ['npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/build-admin.ts']],
  // Type-check with TypeScript 7's native compiler (a second), instead of next build's own check.
  ['npx', ['next', 'typegen']],
  ['npx', ['tsc', '--noEmit']],
  ['npx', ['next', 'build']],
  ['npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/post-build.ts']],
  ['npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/build-search.ts']],
]) {
  const { code } = await run(command, args);
  if (code !== 0) process.exit(code);
}

// Without SITE_URL every absolute address in the build (canonical, hreflang, share images, feeds,
// sitemap, robots.txt, JSON-LD, calendars, open data) names this machine: said where no one misses it.
if (!process.env.SITE_URL?.trim()) {
  const lines = [
    'SITE_URL is not set: every absolute address in this build says',
    `http://localhost:${process.env.PORT ?? '3000'} (canonical links, hreflang, share images, feeds,`,
    'sitemap, robots.txt, JSON-LD, calendars, open data). Before publishing, build again with',
    '  SITE_URL=https://<public address> npm run build',
    '',
    'SITE_URL берілмеген: сайттағы толық мекенжайлар осы компьютерді көрсетеді.',
    'SITE_URL не задан: все полные адреса сайта указывают на этот компьютер.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '═'.repeat(width + 2);
  console.log(['', `╔${rule}╗`, ...lines.map((l) => `║ ${l.padEnd(width)} ║`), `╚${rule}╝`, ''].join('\n'));
}
