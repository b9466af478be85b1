/**
 * The header on a phone (UX review L12): at 320 and 360 px wide, in both languages, it shows all
 * it holds (the site's name, the language link, the search box with its label and button, and on
 * a pathway's page the link to its checker), each whole and on the screen, and takes no more than
 * a third of a 640 px-tall screen, so that the page's own heading shows without scrolling.
 */
import { describe, expect, it } from 'vitest';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { content } from '../support/content';
import { findRoute, routeKey, HOME_PAGE_ID, SITE_OWNER } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/i18n/locale';

const SCREEN_HEIGHT = 640;
const pathway = content.pathways[0]!;
// The home page, and a pathway's page, whose header also links the checker.
const urls = locales.flatMap((lang) => [
  findRoute(content.routes, routeKey(SITE_OWNER, HOME_PAGE_ID), lang)!.url,
  findRoute(content.routes, routeKey(pathway.id, pathway.pages[0]!), lang)!.url,
]);
const parts = ['.site-name', '.language-toggle', '.site-search label', '.site-search input', '.site-search button'];

describe.skipIf(noBrowser)('the header on a phone', () => {
  const site = useBrowserSite();

  describe.each([320, 360])('%i px wide', (width) => {
    it.each(urls)("%s: shows every part whole, in at most a third of the screen's height", async (url) => {
      const context = await site.browser.newContext({ viewport: { width, height: SCREEN_HEIGHT } });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${url}`);
      const expected = [
        ...parts,
        ...(url.includes(`/${pathway.slug.en}/`) || url.includes(`/${pathway.slug.cy}/`) ? ['.header-checker a'] : []),
      ];
      const shown = await page.evaluate(
        (selectors) =>
          selectors.map((selector) => {
            const element = document.querySelector(`.site-header ${selector}`);
            if (!element) return `${selector}: missing`;
            const rect = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            const visible =
              rect.width > 1 &&
              rect.height > 1 &&
              style.visibility === 'visible' &&
              rect.left >= 0 &&
              rect.right <= document.documentElement.clientWidth;
            return `${selector}: ${visible && element.scrollWidth <= Math.ceil(rect.width) ? 'shown' : `not shown whole (${Math.round(rect.left)}–${Math.round(rect.right)} px)`}`;
          }),
        expected,
      );
      expect(shown).toEqual(expected.map((selector) => `${selector}: shown`));
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(SCREEN_HEIGHT / 3);
      await context.close();
    });
  });
});
