import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, noBrowser } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir } from '../support/paths';
import { axeViolations, describeViolations } from '../support/axe';

describe.skipIf(noBrowser)('browser smoke', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the Welsh overview has no axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/cy/codio-clinigol/`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
