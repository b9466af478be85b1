/**
 * The journey pages and the printed page in Chromium, in both languages: the step by step opens
 * and closes each step by keyboard with no script; printed (print media emulated), pages leave out
 * the navigation and chrome, show the site's name, address and dates, no path beside a link to this
 * site, and every step's links; on the whole pathway a link within it says where it leads. What the
 * printed sheets hold is read back from the PDF in print.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { content, t } from '../support/content';
import { findRoute, routeKey, STEPS_PAGE_ID, WHOLE_PATHWAY_PAGE_ID } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/i18n/locale';
import { formatDate } from '../../src/lib/i18n/format';
import { siteUrl } from '../support/site-pages';

const pathway = content.pathways[0]!;
const url = (pageId: string, lang: (typeof locales)[number]) => findRoute(content.routes, routeKey(pathway.id, pageId), lang)!.url;

describe.skipIf(noBrowser)('the journey pages in a browser', () => {
  const site = useBrowserSite();
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
  });
  const open = async (path: string, media: 'screen' | 'print', width = 1280) => {
    await page.emulateMedia({ media });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(site.server.origin + path, { waitUntil: 'load' });
  };
  const afterContent = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);

  describe.each(locales)('in %s', (lang) => {
    it('opens a step of the step by step from the keyboard, without JavaScript, to show its links', async () => {
      await open(url(STEPS_PAGE_ID, lang), 'screen', 320);
      const firstStep = page.locator('li.step-nav-step').first();
      const link = firstStep.locator('details a').first();
      expect(await link.isVisible()).toBe(false);
      await firstStep.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await link.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    it("prints a page without navigation, with the site's name, the page's address, its dates and the addresses of its links", async () => {
      const path = url('employers', lang);
      await open(path, 'screen');
      expect(await page.locator('.print-only').isVisible()).toBe(false);
      await open(path, 'print');
      for (const chrome of [
        '.site-header',
        '.skip-link',
        '.breadcrumbs',
        '.pathway-nav',
        '.site-footer nav',
        '.part-of',
        '.journey-links',
      ]) {
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      const printed = await page.locator('.print-only').innerText();
      expect(printed).toContain(content.site.name[lang]);
      expect(printed).toContain(new URL(path, siteUrl).href);
      expect(printed).toContain(formatDate(pathway.revisionDate, lang));
      expect(printed).toContain(t[lang]('print-revised'));
      expect(await page.locator('article.prose a[href^="/"]').count()).toBeGreaterThan(0);
      const after = await page
        .locator('article.prose a[href^="/"]')
        .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
      expect(after.filter((content) => content !== 'none')).toEqual([]);
    });

    it("prints every step's links, closed or not", async () => {
      await open(url(STEPS_PAGE_ID, lang), 'print');
      const links = page.locator('li.step-nav-step details a');
      expect(await links.count()).toBeGreaterThan(0);
      for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    });

    it('prints a link within the whole pathway saying where it leads', async () => {
      await open(url(WHOLE_PATHWAY_PAGE_ID, lang), 'print');
      const see = await page.locator('a[data-print-see]').first().getAttribute('data-print-see');
      expect(await afterContent('a[data-print-see]')).toBe(`" (${see})"`);
    });
  });
});
