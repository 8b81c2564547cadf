// npm run build [-- --no-typecheck]: the content step (content:check --build: the photos, every check,
// and the checked documents for the pages), Contentlayer's compile of those documents, the fonts, the
// icons, the editor, the type check (unless the caller has just run it), `next build`, then the checks
// and the HTML-only step on its output (scripts/post-build.ts) and the search index. The check's report
// comes first: it is the one written for authors.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, env, EnvError, localPort } from '@/lib/env';

// A setting the build cannot use is said before anything is built.
try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(2);
}

function run(
  command: string,
  args: string[],
  { quiet = false, env = process.env }: { quiet?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];
const typecheck = !process.argv.includes('--no-typecheck');

const check = await run('npx', [...tsx, 'scripts/content-check.ts', '--build']);
if (check.code !== 0) process.exit(check.code);
// Contentlayer speaks only when something is wrong with the documents the check wrote.
const compile = await run('npx', ['contentlayer2', 'build'], { quiet: true });
if (compile.code !== 0) {
  process.stdout.write(compile.output);
  process.exit(compile.code);
}

// The route types the type check reads are the app's, whatever the build folder: always .next/types.
// Another build folder's types (tsconfig.json includes them) are its last build's: made again by
// next build, and left out of the check before it, where a route added since would not be in them.
const { NEXT_DIST_DIR: _, ...typegenEnv } = process.env;
if (typecheck && distDir() !== '.next') rmSync(join(distDir(), 'types'), { recursive: true, force: true });
const steps: [string, string[], NodeJS.ProcessEnv?][] = [
  ['npx', ['tsx', 'scripts/build-fonts.ts']],
  ['npx', ['tsx', 'scripts/build-icons.ts']],
  ['npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/build-admin.ts']],
  // Type-check with TypeScript 7's native compiler (a second), instead of next build's own check.
  ...(typecheck
    ? ([
        ['npx', ['next', 'typegen'], typegenEnv],
        ['npx', ['tsc', '--noEmit']],
      ] as [string, string[], NodeJS.ProcessEnv?][])
    : []),
  ['npx', ['next', 'build']],
  ['npx', [...tsx.slice(0, 3), 'scripts/post-build.ts']],
  ['npx', [...tsx.slice(0, 3), 'scripts/build-search.ts']],
];
for (const [command, args, env] of steps) {
  const { code } = await run(command, args, { env });
  if (code !== 0) process.exit(code);
}

// Without SITE_URL every absolute address in the build (canonical, hreflang, share images, feeds,
// sitemap, robots.txt, JSON-LD, calendars, open data) names this machine: said where no one misses it.
if (!env().SITE_URL) {
  const lines = [
    'SITE_URL is not set: every absolute address in this build says',
    `http://localhost:${localPort()} (canonical links, hreflang, share images, feeds,`,
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
