/**
 * What a reader's browser fetches and runs: a built site served as `npm start` serves it, opened in
 * the system Chromium, every response recorded with its body gzipped as a host would send it.
 * The benchmarks (npm run bench, npm run bench:scale) and tests/browser/budgets.test.ts use it.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, PAGE_WAIT_MS } from './browser.ts';
import { startServer, type RunningServer } from '../hosting/server.ts';

/** `data`: JSON a page's script fetches to run (the checker's flow), counted in its weight. */
export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'data' | 'other';

export interface LoadFigures {
  url: string;
  /** Gzip bytes fetched on load, by kind. */
  bytes: Record<AssetKind, number>;
  total: number;
  requests: number;
  /** Requests to any origin but the site's own. */
  foreignRequests: string[];
  /** Scripts run on load: external files and inline scripts (JSON data blocks not counted). */
  scriptsRun: number;
  /** Gzip bytes of JavaScript run on load (external files and inline scripts). */
  jsRunBytes: number;
  /** Content-Security-Policy violations, console errors and uncaught errors on load. */
  errors: string[];
  /** What the page's scripts changed in its document on load, one line per change (see watchLoads). */
  changesOnLoad: string[];
}

export interface MeasuringSite {
  origin: string;
  browser: Browser;
  /** The paths the server was asked for, in order, when opened with `recordRequests`. */
  requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Tabs kept open to measure loads in, so that each load costs a navigation, not a new browser
 * context (a new renderer process): each tab has its cache turned off, so every load fetches
 * everything it needs, as a first visit does.
 */
const idleTabs = new WeakMap<MeasuringSite, LoadTab[]>();

export async function openSite(dist: string, { recordRequests = false } = {}): Promise<MeasuringSite> {
  const server: RunningServer = await startServer({ root: dist, recordRequests });
  const browser = await launchBrowser();
  const site: MeasuringSite = {
    origin: server.origin,
    browser,
    requests: server.requests,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  idleTabs.set(site, []);
  return site;
}

/** As a host sends it: gzipped, unless it is smaller as it is (pagefind's files are compressed already). */
const gzipBytes = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 9 }).length);

function kindOf(response: Response): AssetKind {
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('text/html')) return 'html';
  if (type.includes('text/css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.includes('application/json')) return 'data';
  if (type.startsWith('font/') || /\.(woff2?|ttf|otf)(\?|$)/.test(response.url())) return 'font';
  return 'other';
}

/** Records every response of `page` while `action` runs, gzip bytes by kind. */
async function recording(page: Page, origin: string, action: () => Promise<unknown>) {
  const seen: Promise<{ kind: AssetKind; bytes: number; url: string }>[] = [];
  const onResponse = (response: Response) => {
    seen.push(
      response.body().then(
        (body) => ({ kind: kindOf(response), bytes: gzipBytes(body), url: response.url() }),
        () => ({ kind: kindOf(response), bytes: 0, url: response.url() }),
      ),
    );
  };
  const foreign: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  };
  page.on('response', onResponse);
  page.on('request', onRequest);
  try {
    await action();
  } finally {
    page.off('response', onResponse);
    page.off('request', onRequest);
  }
  return { responses: await Promise.all(seen), foreign };
}

/** The text of each script the page carries inline (JSON data blocks are not run, so not counted). */
function inlineScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json|importmap/.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? ''),
  );
}

const inlineBytes = (texts: string[]) => texts.reduce((sum, text) => sum + gzipBytes(Buffer.from(text)), 0);

interface LoadTab {
  page: Page;
  /** Errors seen since the tab last started a load. */
  errors: string[];
}

/**
 * In every document the tab loads: records what its scripts change between the end of parsing and
 * the measurement (nothing, when the page keeps the HTML it was served; parsing ends, readyState
 * "interactive", before deferred and module scripts run, so their work is all seen), and reports
 * Content-Security-Policy violations as console errors.
 */
function watchLoads() {
  const changes: string[] = [];
  (window as unknown as { documentChanges: string[] }).documentChanges = changes;
  const describe = (node: Node) => (node instanceof Element ? `<${node.localName}${node.id ? `#${node.id}` : ''}>` : node.nodeName);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') changes.push(`${describe(record.target)} ${record.attributeName} changed`);
      else if (record.type === 'characterData') changes.push(`text in ${describe(record.target.parentNode ?? record.target)} changed`);
      else {
        for (const node of record.addedNodes) changes.push(`${describe(node)} added to ${describe(record.target)}`);
        for (const node of record.removedNodes) changes.push(`${describe(node)} removed from ${describe(record.target)}`);
      }
    }
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive')
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
}

async function openTab(site: MeasuringSite): Promise<LoadTab> {
  const page = await (await site.browser.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  // The setting holds only once the session has the network domain enabled.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(watchLoads);
  const tab: LoadTab = { page, errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') tab.errors.push(message.text());
  });
  page.on('pageerror', (error) => tab.errors.push(error.message));
  return tab;
}

/**
 * Runs `measure` in an idle tab of the site (opened if none is idle), which goes back to the idle
 * tabs afterwards; a tab that failed is closed, so the next measurement starts clean.
 */
async function inTab<T>(site: MeasuringSite, measure: (tab: LoadTab) => Promise<T>): Promise<T> {
  const idle = idleTabs.get(site);
  if (!idle) throw new Error('measuring needs a site opened with openSite');
  const tab = idle.pop() ?? (await openTab(site));
  tab.errors = [];
  try {
    const result = await measure(tab);
    idle.push(tab);
    return result;
  } catch (error) {
    await tab.page.context().close();
    throw error;
  }
}

/**
 * Loads `url` in a tab with its cache off and records what it fetched, ran and changed until the
 * network settles after load.
 */
export function measureLoad(site: MeasuringSite, url: string): Promise<LoadFigures> {
  return inTab(site, async (tab) => {
    const { page } = tab;
    const { responses, foreign } = await recording(page, site.origin, async () => {
      await page.goto(site.origin + url, { waitUntil: 'load', timeout: PAGE_WAIT_MS });
      // Anything a script fetches once the page has loaded is counted too.
      await page.waitForLoadState('networkidle', { timeout: PAGE_WAIT_MS });
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const bytes: Record<AssetKind, number> = { html: 0, css: 0, js: 0, font: 0, data: 0, other: 0 };
    for (const response of responses) bytes[response.kind] += response.bytes;
    const inline = await inlineScripts(page);
    const externalJs = responses.filter((r) => r.kind === 'js');
    return {
      url,
      bytes,
      total: bytes.html + bytes.css + bytes.js + bytes.font + bytes.data,
      requests: responses.length,
      foreignRequests: foreign,
      scriptsRun: externalJs.length + inline.length,
      jsRunBytes: externalJs.reduce((sum, r) => sum + r.bytes, 0) + inlineBytes(inline),
      errors: [...tab.errors],
      changesOnLoad: await page.evaluate(() => (window as unknown as { documentChanges: string[] }).documentChanges),
    };
  });
}

/**
 * What a first search fetched: gzip bytes, requests, how many excerpts (pagefind fragments), the
 * results shown, and whether the page offers more ("Show more results").
 */
export interface FirstSearchFigures {
  bytes: number;
  requests: number;
  fragments: number;
  results: number;
  more: boolean;
}

/** A pagefind fragment: one result's excerpt and sections. */
export const isFragment = (url: string) => new URL(url).pathname.includes('/pagefind/fragment/');

/**
 * Gzip bytes fetched for a first search: the search page loaded with the cache off and left to
 * settle (what the page fetches on load, its favicon among them, is the page's weight, measured
 * with the page), then a query typed and sent, counting everything fetched from the keystroke until
 * the results are shown, before the reader asks for more.
 */
export function measureFirstSearch(site: MeasuringSite, searchUrl: string, query: string): Promise<FirstSearchFigures> {
  return inTab(site, async ({ page }) => {
    await page.goto(site.origin + searchUrl, { waitUntil: 'load', timeout: PAGE_WAIT_MS });
    await page.waitForLoadState('networkidle', { timeout: PAGE_WAIT_MS });
    const { responses } = await recording(page, site.origin, async () => {
      await page.locator('#search-page-q').fill(query);
      await page.locator('#search-page-q').press('Enter');
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === q, query, {
        timeout: PAGE_WAIT_MS,
      });
      await page.waitForLoadState('networkidle', { timeout: PAGE_WAIT_MS });
    });
    return {
      bytes: responses.reduce((sum, r) => sum + r.bytes, 0),
      requests: responses.length,
      fragments: responses.filter((r) => isFragment(r.url)).length,
      results: await page.locator('[data-search-results] > li').count(),
      more: await page.locator('[data-search-more]').isVisible(),
    };
  });
}

/**
 * Gzip bytes fetched to start the checker: its start page loaded with the cache off, then Start
 * pressed, counting everything fetched from the press until the first question is drawn, and the
 * JavaScript of the loader (inline in the page) and the checker together.
 */
export function measureCheckerStart(
  site: MeasuringSite,
  checkerUrl: string,
): Promise<{ bytes: number; requests: number; jsBytes: number; started: boolean }> {
  return inTab(site, async ({ page }) => {
    const { responses: onLoad } = await recording(page, site.origin, () =>
      page.goto(site.origin + checkerUrl, { waitUntil: 'load', timeout: PAGE_WAIT_MS }),
    );
    const { responses } = await recording(page, site.origin, async () => {
      await page.locator('.start-button').click();
      await page
        .locator('[data-checker][data-checker-ready], [data-checker][data-checker-unavailable]')
        .waitFor({ state: 'attached', timeout: PAGE_WAIT_MS });
      await page.waitForLoadState('networkidle', { timeout: PAGE_WAIT_MS });
    });
    const started = (await page.locator('[data-checker][data-checker-ready] form[data-question]').count()) > 0;
    const jsBytes =
      [...onLoad, ...responses].filter((r) => r.kind === 'js').reduce((sum, r) => sum + r.bytes, 0) +
      inlineBytes(await inlineScripts(page));
    return { bytes: responses.reduce((sum, r) => sum + r.bytes, 0), requests: responses.length, jsBytes, started };
  });
}
