/**
 * What comes out of the printer, read back from the A4 PDF that Chromium prints (page.pdf, print
 * media) in both languages:
 * - a page's "At a glance" summary (the employer page's) prints alone on sheet 1, after the print
 *   header and the page's title, and nothing else shares that sheet, so a reader can print page 1
 *   (which the page says, there and not where the whole pathway shows the summary);
 * - no link prints a path of this site in brackets, and every link to another site, the footer's
 *   source link among them, prints its full address;
 * - the key facts box is never split between two sheets;
 * - the whole pathway wastes no sheet: every sheet but the last is at least half full.
 * Pages come from the content: those whose MDX has a summary, or key facts, and the whole pathway.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, PAGE_WAIT_MS } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { content } from '../support/content';
import { filled, readPdf, squeezed, type Sheet } from '../support/pdf';
import { findRoute, routeKey, WHOLE_PATHWAY_PAGE_ID } from '../../src/lib/routing/routes';
import { locales, type Locale } from '../../src/lib/i18n/locale';

/** The pathway pages (in each language) whose MDX holds a summary to print alone, or key facts. */
const pagesWith = (pattern: RegExp) =>
  content.pages
    .filter((page) => pattern.test(page.entry.body ?? ''))
    .map((page) => findRoute(content.routes, routeKey(page.owner, page.entry.data.id), page.lang)!.url);
const summaryPages = pagesWith(/<AtAGlance>/);
const keyFactsPages = pagesWith(/<KeyFacts\b/);
const wholePathways = content.pathways.flatMap((pathway) =>
  locales.map((lang: Locale) => findRoute(content.routes, routeKey(pathway.id, WHOLE_PATHWAY_PAGE_ID), lang)!.url),
);

describe('the pages this file prints', () => {
  it('are found in the content, in both languages', () => {
    expect(summaryPages.length).toBeGreaterThanOrEqual(locales.length);
    expect(keyFactsPages.length).toBeGreaterThanOrEqual(locales.length);
    expect(wholePathways.length).toBeGreaterThanOrEqual(locales.length);
  });
});

describe.skipIf(noBrowser)('printed on A4', () => {
  const site = useBrowserSite();
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.emulateMedia({ media: 'print' });
  });

  /**
   * The page printed on A4 as a browser prints it (the page's own @page margins), read back sheet
   * by sheet, and left open for the test to read. Each page is printed once; the tests that read
   * the same page share its sheets.
   */
  const printed = new Map<string, Sheet[]>();
  const print = async (url: string): Promise<Sheet[]> => {
    if (page.url() !== site.server.origin + url) await page.goto(site.server.origin + url, { waitUntil: 'load', timeout: PAGE_WAIT_MS });
    if (!printed.has(url)) printed.set(url, readPdf(await page.pdf({ format: 'A4' })));
    return printed.get(url)!;
  };
  /** What a selector's elements show when printed (print media is emulated), in document order. */
  const printedText = (selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText));
  /** Whether every fragment is found in the text, each after the one before it, starting at `from`. */
  const inOrder = (text: string, fragments: string[], from = 0) => {
    let at = from;
    for (const fragment of fragments.map(squeezed).filter(Boolean)) {
      at = text.indexOf(fragment, at);
      if (at < 0) return false;
      at += fragment.length;
    }
    return true;
  };

  it.each(summaryPages)('%s: sheet 1 holds the print header, the title and the whole summary, and nothing else', async (url) => {
    const sheets = await print(url);
    const [header = '', title = '', summary = ''] = await Promise.all(
      ['main .print-only', 'main h1', 'main .at-a-glance'].map(async (selector) => (await printedText(selector))[0] ?? ''),
    );
    expect(summary.length).toBeGreaterThan(0);
    expect(squeezed(sheets[0]!.text)).toBe(squeezed([header, title, summary].join('\n')));
    // The rest of the page follows on the next sheets, starting with what follows the summary.
    const next = await page.locator('main .at-a-glance + *').innerText();
    expect(sheets.length).toBeGreaterThan(1);
    expect(squeezed(sheets[1]!.text).startsWith(squeezed(next).slice(0, 40))).toBe(true);
  });

  it('tells readers how to print the summary alone on its own page, and not where the whole pathway shows it', async () => {
    const note = 'main .at-a-glance .print-note';
    for (const url of summaryPages) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(site.server.origin + url, { waitUntil: 'load', timeout: PAGE_WAIT_MS });
      expect(await page.locator(note).isVisible(), url).toBe(true);
    }
    for (const url of wholePathways) {
      await page.goto(site.server.origin + url, { waitUntil: 'load', timeout: PAGE_WAIT_MS });
      expect(await page.locator('main .at-a-glance').first().isVisible(), url).toBe(true);
      expect(await page.locator(note).first().isVisible(), url).toBe(false);
    }
    await page.emulateMedia({ media: 'print' });
  });

  describe.each([...summaryPages, ...wholePathways])('%s', (url) => {
    let sheets: Sheet[];
    beforeAll(async () => {
      sheets = await print(url);
    });

    it('prints no path of this site in brackets beside a link', () => {
      const text = squeezed(sheets.map((sheet) => sheet.text).join('\n'));
      expect(text.match(/\((?:\/|#)[^)]*\)/g) ?? []).toEqual([]);
    });

    it("prints the full address of every link to another site beside it, the footer's source link among them", async () => {
      const text = squeezed(sheets.map((sheet) => sheet.drawn).join('\n'));
      const external = await page.locator('main a[href^="http"], .site-footer a[href^="http"]').evaluateAll((links) =>
        links
          .filter((a) => (a as HTMLElement).checkVisibility())
          .map((a) => ({
            printed: `${(a as HTMLElement).innerText}(${a.getAttribute('href')})`,
            inFooter: a.closest('.site-footer') !== null,
          })),
      );
      expect(external.some((link) => link.inFooter)).toBe(true);
      // Each link's words followed by its address, as often as such links are printed.
      const wanted = new Map<string, number>();
      for (const { printed } of external) wanted.set(squeezed(printed), (wanted.get(squeezed(printed)) ?? 0) + 1);
      for (const [printed, times] of wanted) expect(text.split(printed).length - 1, printed).toBe(times);
    });
  });

  it.each(wholePathways)('%s: no sheet but the last is less than half full', async (url) => {
    const sheets = await print(url);
    const fullness = sheets.map((sheet) => Math.round(filled(sheet) * 100));
    expect(
      fullness.slice(0, -1).filter((percent) => percent < 50),
      `how far down each sheet its text goes (%): ${fullness.join(', ')}`,
    ).toEqual([]);
  });

  it.each([...new Set([...keyFactsPages, ...wholePathways])])('%s: the key facts box is on one sheet', async (url) => {
    const sheets = await print(url);
    const [heading] = await printedText('.key-facts :is(h2, h3)');
    const rows = await page.locator('.key-facts dl > div').evaluateAll((divs) =>
      divs.map((div) => {
        const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
        const texts: string[] = [];
        while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
        return texts;
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    const texts = sheets.map((sheet) => squeezed(sheet.drawn));
    const sheet = texts.findIndex((text) => text.includes(squeezed(heading!)));
    expect(sheet, 'the sheet with the key facts heading').toBeGreaterThanOrEqual(0);
    const from = texts[sheet]!.indexOf(squeezed(heading!));
    expect(inOrder(texts[sheet]!, rows.flat(), from), `every row of the key facts on sheet ${sheet + 1} after its heading`).toBe(true);
  });
});
