import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium): the whole browser, for Lighthouse. */
export const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/**
 * Debian's headless shell (apt-get install chromium-headless-shell): the same Chromium without its
 * window and browser interface, which is what Playwright itself runs headless tests in. A new browser
 * context costs a third of the whole browser's CPU time in it (measured here: 30 contexts, each
 * loading a page, 9.8 s against 30.4 s), and the end-to-end tests open one per test.
 */
const headlessShell = '/usr/bin/chromium-headless-shell';

/**
 * How Chromium is started for Playwright here: it cannot download its own browser on these machines,
 * and without these flags Chromium keeps trying to reach Google's hosts. The end-to-end tests, the
 * benchmark and the screenshots all use it; the whole browser where the headless shell is missing.
 */
export const chromiumLaunchOptions = {
  executablePath: existsSync(headlessShell) ? headlessShell : chromiumPath,
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
