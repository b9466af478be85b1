/**
 * The pathway's tables on a 320 px wide phone: the page itself never scrolls sideways; a table
 * that is wider than the screen scrolls inside a region that keyboard users can focus and that
 * screen readers announce by the table's caption.
 */
import { describe, expect, it } from 'vitest';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { builtPages, readPage } from '../support/built-pages';
import { distDir } from '../support/paths';

// Every built page that shows at least one of the pathway's tables, in both languages.
const pagesWithTables = builtPages(distDir)
  .filter((page) => readPage(page).includes('class="table-wrap"'))
  .map((page) => page.url);

describe.skipIf(noBrowser)('tables at 320 px', () => {
  const site = useBrowserSite();

  it('are on pages in both languages', () => {
    expect(pagesWithTables.some((url) => url.startsWith('/en/'))).toBe(true);
    expect(pagesWithTables.some((url) => url.startsWith('/cy/'))).toBe(true);
  });

  it.each(pagesWithTables)('%s does not scroll sideways, and each table sits in a focusable region named by its caption', async (url) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${url}`);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(320);
    const captions = await page.locator('table caption').allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) {
      // Exposed to assistive technology as a region named by the caption, and reachable by Tab.
      const region = page.getByRole('region', { name: caption.trim(), exact: true });
      await expect.poll(() => region.count()).toBe(1);
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.locator('table caption').textContent()).toBe(caption);
    }
    await context.close();
  });
});
