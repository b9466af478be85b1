/**
 * The browser tests' Chromium: src/measurement/browser.ts starts it, as for the benchmarks. On CI
 * a missing browser fails the run; on a developer's machine without Chromium the browser tests are
 * skipped.
 */
import { existsSync } from 'node:fs';
import { chromiumPath } from '../../src/measurement/browser';

export { chromiumPath, launchBrowser, PAGE_WAIT_MS } from '../../src/measurement/browser';

const onCi = process.env.CI === 'true' || process.env.CI === '1';

if (onCi && !existsSync(chromiumPath)) {
  throw new Error(`CI=true but there is no Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
}

/** True when browser tests cannot run here: use with describe.skipIf. Never true on CI. */
export const noBrowser = !existsSync(chromiumPath);
