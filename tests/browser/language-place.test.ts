/**
 * The language toggle keeps the reader's place: on a long page, the section being read; on the
 * search page, the query. Both ways, on a phone and a desktop. Without JavaScript the toggle still
 * goes to the same page in the other language, at its top, as it always has.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { pageUrlOf } from '../support/checker-flow';
import { SEARCH_PAGE_ID, SITE_OWNER, WHOLE_PATHWAY_PAGE_ID, findRoute, routeKey } from '../../src/lib/routing/routes';
import { otherLocale } from '../../src/lib/i18n/locale';
import { content } from '../support/content';
import { inOneLanguage } from '../support/in-one-language';

const langs = ['en', 'cy'] as const;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const wholeUrl = (lang: 'en' | 'cy') => pageUrlOf(WHOLE_PATHWAY_PAGE_ID, lang);
const searchUrl = (lang: 'en' | 'cy') => findRoute(content.routes, routeKey(SITE_OWNER, SEARCH_PAGE_ID), lang)!.url;

/** How far the top of the element with `id` is from the top of the screen, in px. */
const topOf = (page: Page, id: string) => page.evaluate((target) => document.getElementById(target)!.getBoundingClientRect().top, id);

// Each test opens its own context in the one browser, so they run at once (up to vitest's maxConcurrency).
describe.skipIf(noBrowser)('the language toggle keeps your place', { concurrent: true }, () => {
  const site = useBrowserSite();

  // Each case in one language, the two taking turns (the Welsh round trip on a phone, the English
  // on a desktop): the page's script is the same in both, and each page's links to the other
  // language are proved in its HTML (tests/built/structure.test.ts).

  for (const lang of langs) {
    const other = otherLocale(lang);
    for (const [only, viewport] of [
      ['cy', PHONE],
      ['en', DESKTOP],
    ] as const) {
      inOneLanguage(only, lang, () =>
        it(`${lang} → ${other} → ${lang} at ${viewport.width} px: from the middle of the whole pathway to the same section, both ways`, async () => {
          const context = await site.browser.newContext({ viewport });
          const page = await context.newPage();
          await page.goto(`${site.server.origin}${wholeUrl(lang)}`);
          // A section past the middle of the page, read a little way in.
          const ids = await page.evaluate(() => [...document.querySelectorAll('main h2[id]')].map((h) => h.id));
          expect(ids.length).toBeGreaterThan(4);
          const section = ids[Math.floor(ids.length * 0.6)]!;
          await page.evaluate((id) => {
            document.getElementById(id)!.scrollIntoView();
            window.scrollBy(0, 60);
          }, section);
          expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);

          // The language link at the foot of the screen is in reach without scrolling back up.
          const near = page.locator('a.language-toggle-near');
          expect(
            await near.evaluate((link) => {
              const box = link.getBoundingClientRect();
              return box.top >= 0 && box.bottom <= innerHeight;
            }),
          ).toBe(true);
          /** Follows the link; the other page opens at a heading that was at the top of the screen here, now at the top there. */
          const switchTo = async (to: 'en' | 'cy') => {
            const headingsAtTop = await page.evaluate(() =>
              [...document.querySelectorAll('main [id]')]
                .filter((e) => e.getClientRects().length > 0 && Math.abs(e.getBoundingClientRect().top) < innerHeight / 4)
                .map((e) => e.id),
            );
            // A tap where the link is on the screen (a locator's click would scroll first).
            const box = (await near.boundingBox())!;
            await Promise.all([
              page.waitForURL((url) => url.pathname === wholeUrl(to) && url.hash.length > 1),
              page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
            ]);
            const landed = decodeURIComponent(new URL(page.url()).hash.slice(1));
            expect(headingsAtTop).toContain(landed);
            expect(Math.abs(await topOf(page, landed))).toBeLessThan(5);
            return landed;
          };
          const there = await switchTo(other);
          // It is in the same part of the pathway the reader was reading.
          expect(
            await page.evaluate((id) => document.getElementById(id)!.closest('.whole-pathway-page')?.querySelector('h2[id]')?.id, there),
          ).toBe(section);
          // Read on a little in the other language, then back.
          await page.evaluate(() => window.scrollBy(0, 40));
          await switchTo(lang);
          // Come by the contents list and scroll back up to the header's link: the section the address names.
          await page.goto(`${site.server.origin}${wholeUrl(lang)}#${section}`);
          await Promise.all([page.waitForURL(`${site.server.origin}${wholeUrl(other)}#${section}`), page.click('a.language-toggle')]);
          await context.close();
        }),
      );
    }

    inOneLanguage('en', lang, () =>
      it(`${lang}: at the top of a page, the other language opens at its top`, async () => {
        const context = await site.browser.newContext({ viewport: PHONE });
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${wholeUrl(lang)}`);
        await Promise.all([page.waitForURL(`${site.server.origin}${wholeUrl(other)}`), page.click('a.language-toggle')]);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        await context.close();
      }),
    );

    inOneLanguage('cy', lang, () =>
      it(`${lang}: the search page carries the query to the other language`, async () => {
        const context = await site.browser.newContext({ viewport: PHONE });
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${searchUrl(lang)}?q=DBS`);
        await Promise.all([page.waitForURL(`${site.server.origin}${searchUrl(other)}?q=DBS`), page.click('a.language-toggle')]);
        await context.close();
      }),
    );

    inOneLanguage('cy', lang, () =>
      it(`${lang}: without JavaScript, the toggle goes to the top of the same page in the other language`, async () => {
        const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${wholeUrl(lang)}`);
        await page.mouse.wheel(0, 5000);
        await Promise.all([page.waitForURL(`${site.server.origin}${wholeUrl(other)}`), page.click('a.language-toggle')]);
        await context.close();
      }),
    );
  }
});
