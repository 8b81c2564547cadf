import { existsSync } from 'node:fs';

/**
 * How Debian's Chromium is started here (apt-get install chromium): Playwright cannot download its
 * own browser on these machines, and without these flags Chromium keeps trying to reach Google's
 * hosts. The end-to-end tests, the benchmark and the screenshots all use it.
 */
export const chromiumLaunchOptions = {
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
