/**
 * The pathway's tables on phones 320 and 360 px wide, in both languages: the page itself never
 * scrolls sideways, and no table is clipped. Each table fits the region it sits in (no column
 * cut off at the edge), its caption is shown in full, and no heading or cell runs out of its
 * box, so no word is cut in the middle. A table that stacks its rows on a phone is still the
 * same table to a screen reader (the same rows, headers and cells, each named once), and each
 * table sits in a region that keyboard users can focus and that is named by its caption.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, PAGE_WAIT_MS } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { axeViolations, describeViolations } from '../support/axe';
import { builtPages, readPage } from '../support/built-pages';
import { distDir } from '../support/paths';

// Every built page with at least one table, in both languages.
const pagesWithTables = builtPages(distDir)
  .filter((page) => /<table[\s>]/.test(readPage(page)))
  .map((page) => page.url);
const phoneWidths = [320, 360];

/** What a reader sees of each table that does not fit: a list of problems, empty when every table shows in full. */
function clippedTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const px = (n: number) => Math.round(n);
    for (const [index, table] of [...document.querySelectorAll('main table')].entries()) {
      const name = `table ${index + 1} ("${table.querySelector('caption')?.textContent?.trim()}")`;
      // The box the table is shown in: its scrolling region, or whatever holds it.
      const region = (table.closest('.table-wrap') ?? table.parentElement)!;
      const box = region.getBoundingClientRect();
      const left = box.left + region.clientLeft;
      const right = left + region.clientWidth;
      if (table.scrollWidth > region.clientWidth)
        problems.push(`${name} is ${table.scrollWidth} px wide in a ${region.clientWidth} px region`);
      // For screen readers only: in a box of one pixel (the .visually-hidden pattern).
      const forScreenReadersOnly = (element: Element) => {
        for (let e: Element | null = element; e && e !== region; e = e.parentElement) {
          const rect = e.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1) return true;
        }
        return false;
      };
      const shownWhole = (element: Element, what: string) => {
        if (forScreenReadersOnly(element)) return;
        const rect = element.getBoundingClientRect();
        const text = `${name}: ${what} "${element.textContent?.trim()}"`;
        if (rect.left < left - 0.5 || rect.right > right + 0.5)
          problems.push(`${text} spans ${px(rect.left)}–${px(rect.right)} px, outside the region's ${px(left)}–${px(right)} px`);
        if (element.scrollWidth > element.clientWidth)
          problems.push(`${text} needs ${element.scrollWidth} px but has ${element.clientWidth} px`);
      };
      const caption = table.querySelector('caption');
      if (!caption) problems.push(`${name} has no caption`);
      else {
        if (forScreenReadersOnly(caption)) problems.push(`${name}: its caption is not shown`);
        shownWhole(caption, 'caption');
      }
      for (const cell of table.querySelectorAll('th')) shownWhole(cell, 'heading');
      for (const cell of table.querySelectorAll('td')) shownWhole(cell, 'cell');
    }
    return problems;
  });
}

/** Each table as the browser gives it to assistive technology: its name, then each row's headers and cells ("rowheader Communication"). */
async function tablesToScreenReaders(page: Page): Promise<{ name: string; rows: string[][] }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[] }[];
  };
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const role = (node: (typeof nodes)[number]) => node.role?.value ?? '';
  const rowsUnder = (node: (typeof nodes)[number]): string[][] =>
    (node.childIds ?? [])
      .map((id) => byId.get(id)!)
      .filter(Boolean)
      .flatMap((child) => {
        if (role(child) === 'row') {
          return [
            (child.childIds ?? [])
              .map((id) => byId.get(id)!)
              .filter((cell) => cell && !cell.ignored && role(cell) !== 'StaticText')
              .map((cell) => `${role(cell)} ${cell.name?.value ?? ''}`),
          ];
        }
        return rowsUnder(child);
      });
  return nodes
    .filter((node) => !node.ignored && role(node) === 'table')
    .map((table) => ({ name: table.name?.value ?? '', rows: rowsUnder(table) }));
}

describe.skipIf(noBrowser)('tables on a phone', () => {
  const site = useBrowserSite();
  // Each page is loaded once and shown at each width in turn: its pages run no script, so the
  // width it is shown at, not the width it was loaded at, decides its layout.
  const loaded = new Map<string, Page>();
  afterAll(() => Promise.all([...loaded.values()].map((page) => page.context().close())));
  const open = async (url: string, width: number) => {
    let page = loaded.get(url);
    if (!page) {
      const context = await site.browser.newContext({ viewport: { width, height: 640 } });
      page = await context.newPage();
      await page.goto(`${site.server.origin}${url}`, { timeout: PAGE_WAIT_MS });
      loaded.set(url, page);
    }
    await page.setViewportSize({ width, height: 640 });
    // Laid out again at that width before anything is measured.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page;
  };

  it('are on pages in both languages', () => {
    expect(pagesWithTables.some((url) => url.startsWith('/en/'))).toBe(true);
    expect(pagesWithTables.some((url) => url.startsWith('/cy/'))).toBe(true);
  });

  // The pages at one width at once, each its own page; one width after the other, as they share those pages.
  describe.each(phoneWidths)('%i px wide', (width) => {
    it.concurrent.each(pagesWithTables)(
      '%s: every table fits its region, with its caption, headings and cells shown in full',
      async (url) => {
        const page = await open(url, width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await page.locator('main table').count()).toBeGreaterThan(0);
        expect(await clippedTables(page)).toEqual([]);
      },
    );
  });

  it.concurrent.for(pagesWithTables)(
    '%s at 320 px: each table sits in a focusable region named by its caption, is the same table to a screen reader as on a wide screen, and has no axe-core violations',
    async (url, { expect }) => {
      const wide = await open(url, 1280);
      const wideTables = await tablesToScreenReaders(wide);
      const page = await open(url, 320);
      const captions = await page.locator('main table caption').allTextContents();
      expect(captions.length).toBeGreaterThan(0);
      for (const caption of captions) {
        // Exposed to assistive technology as a region named by the caption, and reachable by Tab.
        const region = page.getByRole('region', { name: caption.trim(), exact: true });
        await expect.poll(() => region.count()).toBe(1);
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.locator('table caption').textContent()).toBe(caption);
      }
      const narrowTables = await tablesToScreenReaders(page);
      expect(narrowTables.map((table) => table.name)).toEqual(captions.map((caption) => caption.trim()));
      // Every row keeps its row header, column headers and cells; a cell's name is its value alone.
      expect(
        narrowTables.every((table) => table.rows.length > 1 && table.rows.slice(1).every((row) => row[0]!.startsWith('rowheader '))),
      ).toBe(true);
      expect(narrowTables).toEqual(wideTables);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );
});
