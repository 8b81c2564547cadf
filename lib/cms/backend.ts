/*
 * Which git host the web editor saves to, from the build's environment (docs/web-editor.md).
 * Relative imports: next.config.ts reads it (for the editor's Content-Security-Policy).
 */
import { type Env, readEnv } from '../env';

export type Backend = {
  /** forgejo (self-hosted, editorial workflow), gitlab, or github (which needs an OAuth client). */
  name: 'forgejo' | 'gitlab' | 'github';
  repo: string;
  branch: string;
  /** The git host's API (a self-hosted Forgejo: https://git.example.kz/api/v1). */
  api_root?: string;
  /** The git host (for its login page): https://git.example.kz */
  base_url?: string;
  /** The OAuth application's id, for login with PKCE. */
  app_id?: string;
};

/** The origins the editor talks to: the git host's API (and its login page). */
export function backendOrigins(backend: Backend = backendFromEnv()): string[] {
  const fallback = { forgejo: 'https://codeberg.org', gitlab: 'https://gitlab.com', github: 'https://api.github.com' };
  const urls = [backend.api_root, backend.base_url].filter((u): u is string => Boolean(u));
  return [...new Set((urls.length > 0 ? urls : [fallback[backend.name]]).map((u) => new URL(u).origin))];
}

/** The backend from the build's environment (docs/web-editor.md). */
export function backendFromEnv(source: Record<string, string | undefined> = process.env): Backend {
  const env: Env = readEnv(source);
  const name = env.CMS_BACKEND ?? 'forgejo';
  return {
    name,
    repo: env.CMS_REPO ?? 'press-office/qyzylorda-site',
    branch: env.CMS_BRANCH ?? 'main',
    ...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT } : {}),
    ...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
    ...(env.CMS_APP_ID ? { app_id: env.CMS_APP_ID } : {}),
  };
}
