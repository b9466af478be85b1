/**
 * Starts the system Chromium through playwright-core (no browser download). On CI a missing
 * browser fails the run; on a developer's machine without Chromium the browser tests are skipped.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onCi = process.env.CI === 'true' || process.env.CI === '1';

if (onCi && !existsSync(chromiumPath)) {
  throw new Error(`CI=true but there is no Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
}

/** True when browser tests cannot run here: use with describe.skipIf. Never true on CI. */
export const noBrowser = !existsSync(chromiumPath);

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
