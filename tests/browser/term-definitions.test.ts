/**
 * A glossary term in running text shows its definition in place, in both languages, by keyboard,
 * by touch and at 320 px and 1280 px: the "?" button is a disclosure that opens the glossary's
 * definition in the flow of the text, so it pushes what follows down and can never cover the
 * focus (WCAG 2.2, 2.4.11); axe finds nothing with it open; the term still links to the glossary;
 * without JavaScript there is no dead button; on paper the buttons and definitions are gone.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { axeViolations, describeViolations } from '../support/axe';
import { content, t } from '../support/content';
import { findRoute, routeKey, SITE_OWNER } from '../../src/lib/routing/routes';

const langs = ['en', 'cy'] as const;
const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };
/** A page of a pathway with glossary terms in its text, found from the content: the one with the most <Term>s. */
const termPage = content.pages
  .filter((page) => page.lang === 'en' && page.owner !== SITE_OWNER)
  .map((page) => ({ page, terms: (page.entry.body ?? '').split('<Term ').length - 1 }))
  .sort((a, b) => b.terms - a.terms)[0]!.page;
const pageUrl = (lang: 'en' | 'cy') => findRoute(content.routes, routeKey(termPage.owner, termPage.entry.data.id), lang)!.url;
const glossaryUrl = (lang: 'en' | 'cy') => findRoute(content.routes, routeKey(SITE_OWNER, 'glossary'), lang)!.url;

/**
 * How much of the focused element something else drawn over it covers, 0 to 1, where Tab left it
 * (sampled on a grid in each of its boxes: a link may run over two lines).
 */
const focusCovered = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 1;
    let covered = 0;
    let points = 0;
    for (const box of focused.getClientRects()) {
      for (let i = 1; i <= 3; i++) {
        for (let j = 1; j <= 3; j++) {
          points++;
          const hit = document.elementFromPoint(box.left + (box.width * i) / 4, box.top + (box.height * j) / 4);
          if (!hit || !(hit === focused || focused.contains(hit))) covered++;
        }
      }
    }
    return points ? covered / points : 1;
  });

// Each test opens its own context in the one browser, so they run at once (up to vitest's maxConcurrency).
describe.skipIf(noBrowser)('definitions in place', { concurrent: true }, () => {
  const site = useBrowserSite();

  async function open(
    lang: 'en' | 'cy',
    options: { viewport?: typeof NARROW; javaScriptEnabled?: boolean; hasTouch?: boolean; isMobile?: boolean } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await site.browser.newContext({ viewport: NARROW, ...options });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${pageUrl(lang)}`);
    return { context, page };
  }

  for (const lang of langs) {
    describe(lang, () => {
      for (const viewport of [NARROW, WIDE]) {
        it(`opens a term's definition by keyboard at ${viewport.width} px, in the text, and Tab goes on with nothing hidden`, async () => {
          const { context, page } = await open(lang, { viewport });
          const termLink = page.locator('a.term').first();
          const termId = (await termLink.getAttribute('href'))!.split('#')[1]!;
          const term = content.glossary.get(termId)!;
          expect(await termLink.getAttribute('href')).toBe(`${glossaryUrl(lang)}#${termId}`);
          const button = page.locator('button.term-show').first();
          expect(await button.locator('[aria-hidden="true"]').textContent()).toBe('?');
          expect(
            await page.getByRole('button', { name: t[lang]('definition-show', { term: term.term[lang] }), exact: true }).count(),
          ).toBeGreaterThan(0);

          await termLink.focus();
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.className)).toBe('term-show');
          const textBelow = page.locator('main p, main li').filter({ has: button }).first();
          const heightBefore = (await textBelow.boundingBox())!.height;
          await page.keyboard.press('Enter');
          expect(await button.getAttribute('aria-expanded')).toBe('true');
          const definition = page.locator(`#${await button.getAttribute('aria-controls')}`);
          expect(await definition.isVisible()).toBe(true);
          expect(await definition.textContent()).toContain(term.definition[lang]);
          // In the flow: the text it stands in grows to hold it, and nothing goes off the screen.
          expect((await textBelow.boundingBox())!.height).toBeGreaterThan(heightBefore);
          const box = (await definition.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          // Tab on through the page with the definition open: every control focused is in full view.
          for (let i = 0; i < 8; i++) {
            await page.keyboard.press('Tab');
            expect(await focusCovered(page), `Tab ${i + 1}`).toBe(0);
          }
          // And the button closes it again.
          await button.focus();
          await page.keyboard.press('Space');
          expect(await button.getAttribute('aria-expanded')).toBe('false');
          expect(await definition.isVisible()).toBe(false);
          await context.close();
        });
      }

      it('gives the "?" a thumb-sized target on a phone, apart from the term\'s link', async () => {
        const { context, page } = await open(lang, { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
        const button = page.locator('button.term-show').first();
        const box = (await button.boundingBox())!;
        // The tap area reaches 10 px beyond the button above, below and to the right.
        const target = await button.evaluate((element) => {
          const after = getComputedStyle(element, '::after');
          return { top: parseFloat(after.top), right: parseFloat(after.right), bottom: parseFloat(after.bottom) };
        });
        expect(box.height - target.top - target.bottom).toBeGreaterThanOrEqual(44);
        expect(box.width - target.right).toBeGreaterThanOrEqual(44);
        // A tap just left of the "?" is not on the link that leaves the page.
        const link = (await page.locator('a.term').first().boundingBox())!;
        expect(box.x - (link.x + link.width)).toBeGreaterThanOrEqual(4);
        await button.tap();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        expect(page.url()).toContain(pageUrl(lang));
        await context.close();
      });

      it('has no axe violations with a definition open', async () => {
        const { context, page } = await open(lang);
        await page.locator('button.term-show').first().click();
        expect(await page.locator('button.term-show').first().getAttribute('aria-expanded')).toBe('true');
        expect(describeViolations(await axeViolations(page))).toBe('');
        await context.close();
      });

      it('with JavaScript off, shows no button that would do nothing, and the term links to its definition', async () => {
        const { context, page } = await open(lang, { javaScriptEnabled: false });
        expect(await page.locator('button.term-show').first().isVisible()).toBe(false);
        const link = page.locator('a.term').first();
        await link.click();
        expect(page.url()).toContain(`${glossaryUrl(lang)}#`);
        await context.close();
      });

      it('prints the terms without their buttons or definitions', async () => {
        const { context, page } = await open(lang);
        await page.locator('button.term-show').first().click();
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('a.term').first().isVisible()).toBe(true);
        expect(await page.locator('button.term-show').first().isVisible()).toBe(false);
        expect(await page.locator('.term-definition').first().isVisible()).toBe(false);
        await context.close();
      });
    });
  }
});
