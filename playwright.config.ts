import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
// The production stack (nginx in front of two workers) on the same build.
const NGINX_PORT = PORT + 80;
export const nginxURL = `http://localhost:${NGINX_PORT}`;

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
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: { baseURL, trace: 'off' },
  projects: [
    {
      name: 'desktop',
      use: desktop,
      testIgnore: [/\.nojs\.spec\.ts$/, /\.nginx\.spec\.ts$/, /\.editor\.spec\.ts$/],
    },
    // HTTP-level checks and head metadata do not depend on the viewport: they run once, on desktop.
    {
      name: 'phone',
      use: phone,
      testIgnore: [
        /\.nojs\.spec\.ts$/,
        /\.http\.spec\.ts$/,
        /seo\.spec\.ts$/,
        /\.nginx\.spec\.ts$/,
        /\.editor\.spec\.ts$/,
      ],
    },
    { name: 'nginx', use: { ...desktop, baseURL: nginxURL }, testMatch: /\.nginx\.spec\.ts$/ },
    { name: 'no-js', use: { ...desktop, javaScriptEnabled: false }, testMatch: /\.nojs\.spec\.ts$/ },
    // The web editor in local mode: it builds a copy of the project, so it runs once, on desktop.
    { name: 'editor', use: desktop, testMatch: /\.editor\.spec\.ts$/ },
  ],
  // A production build served by `next start` (npm test builds first, with SITE_URL set to this origin).
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
      url: `${baseURL}/kk`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: 'npm run -s start:nginx',
      url: `${nginxURL}/kk`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
      env: { PORT: String(NGINX_PORT), WORKERS: '2', NGINX_RUN_DIR: '.nginx-e2e' },
      // SIGTERM: start:nginx stops nginx and its workers.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
