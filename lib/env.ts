import { z } from 'zod';

/*
 * Every setting the site reads from its environment, read here and nowhere else, each checked once
 * with a message that names the variable and what it takes. No `@/` imports: next.config.ts and the
 * plain Node scripts load this file too.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written as 2026-04-01');
const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const groups = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1, 'one group or more, comma-separated'));
const present = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const variables = {
  /** The public address every absolute URL of a build names (README: set up). */
  SITE_URL: present(z.url({ protocol: /^https?$/, error: 'an address such as https://example.kz' })),
  /** The port `next start` and the local addresses use. */
  PORT: present(port),
  /** The content folder a build reads: the tests' fixtures and the benchmark's generated articles. */
  CONTENT_DIR: present(z.string()),
  /** The build folder, below the project: the tests and the benchmark build beside the real one. */
  NEXT_DIST_DIR: present(z.string().regex(/^[^/]/, 'a folder name inside the project, such as .next-test')),
  /** The day taken as today, for tests and the benchmark (docs/decisions.md, the events plan). */
  SITE_TODAY: present(day),
  /** `npm run dev` shows drafts. */
  SHOW_DRAFTS: present(flag),
  NODE_ENV: present(z.enum(['development', 'production', 'test'])),
  /** The phase Next is in: its build reads the content compiler's output, its server the build's copy. */
  NEXT_PHASE: present(z.string()),
  // The web editor's git host (docs/web-editor.md).
  CMS_BACKEND: present(z.enum(['forgejo', 'gitlab', 'github'])),
  CMS_REPO: present(z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'owner/name')),
  CMS_BRANCH: present(z.string()),
  CMS_API_ROOT: present(z.url()),
  CMS_BASE_URL: present(z.url()),
  CMS_APP_ID: present(z.string()),
  // Residents' messages (docs/residents-messages.md). The SQLite database lives in DATA_DIR (.data)
  // unless DATABASE_URL names a PostgreSQL server; contact details are deleted RETENTION_MONTHS after
  // they were given (12).
  DATABASE_URL: present(z.string().regex(/^postgres(ql)?:\/\//, 'a PostgreSQL address, postgres://user@host/name')),
  DATA_DIR: present(z.string()),
  // The secret the addresses are hashed and the forms' stamps signed with (lib/feedback/keys.ts): one
  // or more, space-separated, the first in use; the same on every node.
  SITE_SECRET: present(
    z
      .string()
      .transform((v) => v.trim().split(/\s+/))
      .pipe(z.array(z.string().min(32, 'secrets of 32 characters or more (openssl rand -base64 32)')).min(1)),
  ),
  RETENTION_MONTHS: present(z.coerce.number().int().min(1).max(120)),
  // The press office's inbox (docs/inbox.md). Sign-in through the git host as an OpenID Connect
  // provider; a role for the members of each group (names as the provider's `groups` claim gives them,
  // comma-separated); a token of the git host to open the pull requests that publish answers.
  INBOX_OIDC_ISSUER: present(z.url({ protocol: /^https?$/, error: 'the git host, such as https://git.example.kz' })),
  INBOX_OIDC_CLIENT_ID: present(z.string()),
  INBOX_OIDC_CLIENT_SECRET: present(z.string()),
  INBOX_OIDC_SCOPE: present(z.string().regex(/(^|\s)openid(\s|$)/, 'scopes that include openid')),
  INBOX_READERS: present(groups),
  INBOX_EDITORS: present(groups),
  INBOX_ADMINS: present(groups),
  INBOX_PUBLISH_TOKEN: present(z.string()),
  /** Pages carry their stylesheet inside them (the default) or link it: the benchmark's baseline. */
  PAGE_STYLES: present(z.enum(['inline', 'linked'])),
  // The production stack: how many workers `npm start` runs, or the workers' ports as the deployment's
  // environment file lists them ("3001 3002", deploy/deploy.sh), read here as their number.
  WORKERS: present(
    z
      .string()
      .regex(/^\s*\d+(?:[\s,]+\d+)*\s*$/, 'a number of workers (2) or their ports ("3001 3002")')
      .transform((text) =>
        text
          .trim()
          .split(/[\s,]+/)
          .map(Number),
      )
      .pipe(
        z.union([
          z.tuple([z.number().int().min(1).max(64)]).transform(([count]) => count),
          z
            .array(z.number().int().min(1024).max(65535))
            .min(2)
            .max(64)
            .transform((ports) => ports.length),
        ]),
      ),
  ),
  NGINX_RUN_DIR: present(z.string()),
  /** The build's name (lib/build/build-id.ts): the commit built, unless given. */
  BUILD_ID: present(z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, dots and dashes, such as a commit id')),
  // Tools: seconds per server in each round of `npm run bench`; more addresses for `npm run screenshots`.
  BENCH_SECONDS: present(z.coerce.number().positive()),
  EXTRA_PAGES: present(z.string()),
};

export type Env = { [K in keyof typeof variables]: z.output<(typeof variables)[K]> };

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(`The environment has settings this site cannot use:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Settings whose value is never printed, even when it is wrong (a database address holds its password). */
const secrets = new Set(['DATABASE_URL', 'INBOX_OIDC_CLIENT_SECRET', 'INBOX_PUBLISH_TOKEN', 'SITE_SECRET']);

const schema = z.object(variables).superRefine((settings, context) => {
  // The publishing token goes to CMS_API_ROOT; unset, to the public forge's default address.
  if (settings.INBOX_PUBLISH_TOKEN && !settings.CMS_API_ROOT)
    context.addIssue({
      code: 'custom',
      path: ['INBOX_PUBLISH_TOKEN'],
      message: 'CMS_API_ROOT set too: the token is sent to that git host only, never to a default address',
    });
});

/** The settings in `source` (the process's environment unless given), checked. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data as Env;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = secrets.has(name) ? '(its value not shown)' : JSON.stringify(source[name]);
      return `${name}=${shown}: expected ${issue.message.replace(/^Invalid (input|string)(: )?/i, '') || 'another value'}`;
    }),
  );
}

let cached: { key: string; env: Env } | undefined;
const keyOf = (source: Record<string, string | undefined>) =>
  (Object.keys(variables) as (keyof typeof variables)[]).map((k) => source[k] ?? '').join('\u0000');

/** The process's settings; read again only when the environment has changed (tests set some). */
export function env(): Env {
  const key = keyOf(process.env);
  if (cached?.key !== key) cached = { key, env: readEnv(process.env) };
  return cached.env;
}

/** Next's build folder (NEXT_DIST_DIR), where everything a build serves at run time is kept. */
export const distDir = () => env().NEXT_DIST_DIR ?? '.next';
/** The content folder (CONTENT_DIR). */
export const contentDir = () => env().CONTENT_DIR ?? 'content';
/** How many months contact details are kept (RETENTION_MONTHS). */
export const retentionMonths = () => env().RETENTION_MONTHS ?? 12;
/** The port of local addresses: PORT, or `next start`'s default. */
export const localPort = () => env().PORT ?? 3000;
