import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import { fixtureEnv, fixtureSiteUrl } from './tests/fixture-site';
import { inboxEnv } from './tests/inbox-env';
import { freePortsSync } from './tests/ports';

// The fixture build names the address it is served at (npm test chose a free port for it).
const built = fixtureSiteUrl();
if (!built) throw new Error('No fixture build in .next-test: run npm test (or npm run test:build) first.');
export const baseURL = built;
// The production stack (nginx in front of two workers) on the same build, on free ports of its own;
// chosen once, in the runner, whose workers inherit the environment.
const WORKERS = 2;
process.env.E2E_NGINX_PORT ??= String(freePortsSync(1 + WORKERS));
export const nginxURL = `http://localhost:${process.env.E2E_NGINX_PORT}`;
// The inbox's sign-in provider and git host (tests/oidc-provider.ts), on two free ports of their own.
process.env.E2E_OIDC_PORT ??= String(freePortsSync(2));
export const oidcPort = Number(process.env.E2E_OIDC_PORT);
const inbox = inboxEnv(oidcPort);
// Behind nginx only the sign-in: the editor's policy there must name the real git host, not the stand-in
// (and without a git host to publish to, no publishing token).
const {
  CMS_API_ROOT: _api,
  CMS_BACKEND: _backend,
  CMS_REPO: _repo,
  CMS_BRANCH: _branch,
  INBOX_PUBLISH_TOKEN: _token,
  ...inboxSignIn
} = inbox;

const launchOptions = chromiumLaunchOptions;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions };
const phone = {
  ...devices['Pixel 7'],
  viewport: { width: 390, height: 844 },
  // A phone of that width: the screen as wide as the viewport, as on a real one (Chromium chooses
  // image sizes by the screen before layout).
  screen: { width: 390, height: 844 },
  defaultBrowserType: 'chromium' as const,
  launchOptions,
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { baseURL, trace: 'off' },
  projects: [
    // The web editor in local mode, on the same build: once, on desktop. First: its one long test runs
    // beside the others rather than alone at the end.
    { name: 'editor', use: desktop, testMatch: /\.editor\.spec\.ts$/ },
    {
      name: 'desktop',
      use: desktop,
      testIgnore: [/\.nojs\.spec\.ts$/, /\.nginx\.spec\.ts$/, /\.editor\.spec\.ts$/],
    },
    // On a phone, what depends on the screen: accessibility and reflow, photos, the bytes downloaded.
    { name: 'phone', use: phone, testMatch: [/a11y\.spec\.ts$/, /photos\.spec\.ts$/, /weight\.spec\.ts$/] },
    { name: 'nginx', use: { ...desktop, baseURL: nginxURL }, testMatch: /\.nginx\.spec\.ts$/ },
    { name: 'no-js', use: { ...desktop, javaScriptEnabled: false }, testMatch: /\.nojs\.spec\.ts$/ },
  ],
  // The fixture build served by `next start`, and by the production stack.
  webServer: [
    {
      command: `npx tsx tests/oidc-provider.ts ${oidcPort} ${baseURL} ${nginxURL}`,
      url: `http://localhost:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${new URL(baseURL).port}`,
      url: `${baseURL}/kk`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // The address it is reached at, for the inbox's sign-in (the provider sends the browser back there).
      env: { ...fixtureEnv, ...inbox, SITE_URL: baseURL },
    },
    {
      command: 'npm start',
      url: `${nginxURL}/kk`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
      env: {
        ...fixtureEnv,
        ...inboxSignIn,
        SITE_URL: nginxURL,
        PORT: process.env.E2E_NGINX_PORT,
        WORKERS: String(WORKERS),
        NGINX_RUN_DIR: '.nginx-e2e',
      },
      // SIGTERM: npm start stops nginx and its workers.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
