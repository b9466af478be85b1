/**
 * Serves the built site as `npm start` does (src/hosting/server.ts) and starts Chromium for one
 * describe block (or, called outside any, for the file), closing both afterwards; nothing where
 * there is no browser, whose tests are skipped.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, noBrowser } from './browser';
import { startServer, type RunningServer } from '../../src/hosting/server';
import { distDir } from './paths';

export interface BrowserSite {
  readonly browser: Browser;
  readonly server: RunningServer;
}

export function useBrowserSite(root = distDir): BrowserSite {
  const site = {} as { browser: Browser; server: RunningServer };
  if (noBrowser) return site;
  beforeAll(async () => {
    site.server = await startServer({ root, recordRequests: true });
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
