/**
 * Starts the system Chromium through playwright-core (no browser download), for the benchmarks
 * (src/measurement/measure.ts) and the browser tests (tests/support/browser.ts), with the same
 * flags and waits for both.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long a test waits for a page to navigate or show something: long enough for a busy machine. */
export const PAGE_WAIT_MS = 60_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every context (browser.newPage makes one too) waits PAGE_WAIT_MS rather than Playwright's 30 s.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(PAGE_WAIT_MS);
    context.setDefaultNavigationTimeout(PAGE_WAIT_MS);
    return context;
  };
  return browser;
}
