/**
 * The site in Chromium as `npm start` serves it, with the headers every host is given
 * (src/hosting/): search and the checker run under the policy and reach no other origin, no other
 * site can frame it, and odd addresses end on a page, never on an error. Every page's load under
 * the policy, without an error or a request elsewhere, is measured with its weight
 * (tests/browser/budgets.test.ts).
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/hosting/server';
import { distDir } from '../support/paths';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, PAGE_WAIT_MS } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { content } from '../support/content';
import { findRoute, routeKey, CHECKER_PAGE_ID } from '../../src/lib/routing/routes';
import { htmlLang, locales } from '../../src/lib/i18n/locale';

const { routes, pathways } = content;

interface Watched {
  page: Page;
  /** CSP violations, console errors and uncaught errors. */
  problems: string[];
  /** Requests to any origin but the site's. */
  elsewhere: string[];
}

// Each test opens its own context in the one browser, so they run at once (up to vitest's maxConcurrency);
// a test that polls uses its own expect.
describe.skipIf(noBrowser)('the site under its own headers', { concurrent: true }, () => {
  const site = useBrowserSite();

  async function watchedPage(): Promise<Watched> {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const elsewhere: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== site.server.origin) elsewhere.push(request.url());
    });
    return { page, problems, elsewhere };
  }

  it.for(locales)('search and the checker run under the policy (%s)', async (lang, { expect }) => {
    const { page, problems, elsewhere } = await watchedPage();
    const search = routes.find((route) => route.key === routeKey('site', 'search') && route.lang === lang)!;
    await page.goto(`${site.server.origin}${search.url}?q=DBS`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 60_000 }).toBeGreaterThan(0);

    for (const pathway of pathways) {
      const checker = findRoute(routes, routeKey(pathway.id, CHECKER_PAGE_ID), lang);
      if (!checker) continue;
      await page.goto(site.server.origin + checker.url);
      // Start loads the checker's module and data, under the same policy.
      await page.locator('.start-button').click();
      await expect.poll(() => page.locator('form[data-question] input').count()).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.context().close();
  });

  it('lets no page register a service worker that would stand between the reader and the site (F3)', async () => {
    const { page } = await watchedPage();
    const checker = findRoute(routes, routeKey(pathways[0]!.id, CHECKER_PAGE_ID), 'en')!;
    await page.goto(site.server.origin + checker.url);
    // The checker page may run the site's own scripts; it may still start no worker.
    const outcome = await page.evaluate(() =>
      navigator.serviceWorker.register('/pagefind/pagefind.js', { scope: '/' }).then(
        () => 'registered',
        (error: Error) => `${error.name}: ${error.message}`,
      ),
    );
    expect(outcome).toMatch(/TrustedScriptURL|Content Security Policy/);
    // With the address made a trusted one, the policy's worker-src still refuses it.
    const trusted = await page.evaluate(() => {
      try {
        return navigator.serviceWorker
          .register((globalThis as unknown as { trustedTypes: { emptyScript: string } }).trustedTypes.emptyScript)
          .then(
            () => 'registered',
            (error: Error) => `${error.name}: ${error.message}`,
          );
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    });
    expect(trusted).not.toBe('registered');
    await page.context().close();
  });

  it('a file that is not a page, opened on its own, runs nothing and sends the reader nowhere (F2)', async () => {
    // The review's SVG, as it would be served had it reached dist/ (the build now refuses it).
    const root = mkdtempSync(join(tmpdir(), 'sandboxed-'));
    cpSync(distDir, root, { recursive: true });
    writeFileSync(
      join(root, '_astro', 'progression-diagram.abc123.svg'),
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="280" height="100"><title>Where learners can progress</title>',
        `<foreignObject width="1" height="1"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="refresh" content="0;url=${site.server.origin}/en/"/></head></html></foreignObject>`,
        '<script href="/pagefind/pagefind.js"/></svg>',
      ].join(''),
    );
    const server = await startServer({ root, recordRequests: true });
    try {
      const { page } = await watchedPage();
      await page.goto(`${server.origin}/_astro/progression-diagram.abc123.svg`);
      await page.waitForTimeout(1_500);
      expect(page.url()).toBe(`${server.origin}/_astro/progression-diagram.abc123.svg`);
      expect(server.requests).toEqual(['/_astro/progression-diagram.abc123.svg']);
      await page.context().close();
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  describe('another site cannot frame it', () => {
    let framer: Server;
    let framerOrigin: string;
    beforeAll(async () => {
      framer = createServer((request, response) => {
        const target = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '/';
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><title>Framer</title><iframe src="${site.server.origin}${target}" width="800" height="600"></iframe>`);
      });
      await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
      const address = framer.address();
      framerOrigin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
    });
    afterAll(() => new Promise<void>((done) => framer.close(() => done())));

    it.each(['/en/', '/cy/codio-clinigol/gwirio/', '/en/clinical-coding/check/'])(
      "%s refuses to show inside another origin's iframe",
      async (url) => {
        const context = await site.browser.newContext();
        const page = await context.newPage();
        const messages: string[] = [];
        page.on('console', (message) => messages.push(message.text()));
        const served = site.server.requests.length;
        // Until the browser says why it refused the frame: waiting for the network to settle as well proves nothing more.
        await Promise.all([
          page.waitForEvent('console', { predicate: (message) => message.text().includes('frame-ancestors'), timeout: PAGE_WAIT_MS }),
          page.goto(`${framerOrigin}/?src=${encodeURIComponent(url)}`),
        ]);
        // The site was asked for the page and sent it, but the browser would not show it.
        expect(site.server.requests.slice(served)).toContain(url);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        expect(frame).toBeDefined();
        expect(await frame!.locator('main').count()).toBe(0);
        expect(messages.join('\n')).toContain('frame-ancestors');
        await context.close();
      },
    );
  });

  // One watched tab for every odd address, one address after another.
  describe('odd addresses', { concurrent: false }, () => {
    let watched: Watched;
    beforeAll(async () => {
      watched = await watchedPage();
    });
    afterAll(() => watched.page.context().close());

    it.each([
      ['/cy', '/cy/'],
      ['/en', '/en/'],
      ['/cy/codio-clinigol/hyfforddiant', '/cy/codio-clinigol/hyfforddiant/'],
      ['/en/search?q=DBS', '/en/search/?q=DBS'],
      ['//cy//geirfa/?x=1', '/cy/geirfa/?x=1'],
    ])('%s reaches %s', async (from, to) => {
      const { page, problems } = watched;
      problems.length = 0;
      const response = await page.goto(site.server.origin + from);
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(site.server.origin + to);
      expect(problems).toEqual([]);
    });

    it.each([
      ['/cy%2Fgeirfa/', 'cy'],
      ['/cy/geirfa%2F', 'cy'],
      ['/en/%E0%A4%A/', 'en'],
      ['/en/%ZZ', 'en'],
      ['/%2e%2e/%2e%2e/etc/passwd', 'cy'],
      ['//example.com/', 'cy'],
      ['/\\example.com/', 'cy'],
    ] as const)('%s gets the "page not found" page (%s first), never an error', async (path, first) => {
      const { page } = watched;
      const response = await page.goto(site.server.origin + path);
      expect(response?.status()).toBe(404);
      expect(new URL(page.url()).origin).toBe(site.server.origin);
      expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[first]);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/node:|at \w+ \(|\/work\/|Error:/);
    });
  });
});
