/**
 * A glossary term in running text shows its definition where it stands, in both languages, at
 * 320 px, by keyboard and with JavaScript off: the "?" button opens a popover with the glossary's
 * definition, inside the screen, that Tab reaches and Escape closes, returning focus; axe finds
 * nothing with it open; the term still links to the glossary; on paper the buttons are gone.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { axeViolations, describeViolations } from '../support/axe';
import { content, t } from '../support/content';
import { findRoute, routeKey, SITE_GROUP } from '../../src/lib/routes';

const langs = ['en', 'cy'] as const;
const NARROW = { width: 320, height: 640 };
/** A page of a pathway with glossary terms in its text, found from the content: the one with the most <Term>s. */
const termPage = content.pages
  .filter((page) => page.lang === 'en' && page.group !== SITE_GROUP)
  .map((page) => ({ page, terms: (page.entry.body ?? '').split('<Term ').length - 1 }))
  .sort((a, b) => b.terms - a.terms)[0]!.page;
const pageUrl = (lang: 'en' | 'cy') => findRoute(content.routes, routeKey(termPage.group, termPage.entry.data.id), lang)!.url;
const glossaryUrl = (lang: 'en' | 'cy') => findRoute(content.routes, routeKey(SITE_GROUP, 'glossary'), lang)!.url;

describe.skipIf(noBrowser)('definitions in place', () => {
  const site = useBrowserSite();

  async function open(lang: 'en' | 'cy', javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
    const context = await site.browser.newContext({ viewport: NARROW, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${pageUrl(lang)}`);
    return { context, page };
  }
  const openPopover = (page: Page) => page.evaluate(() => document.querySelector(':popover-open')?.id ?? null);

  for (const lang of langs) {
    describe(lang, () => {
      it('opens a term’s definition by keyboard, inside a 320 px screen, and closes it with Escape, back on its button', async () => {
        const { context, page } = await open(lang);
        const help = page.locator('.term-help').first();
        const termLink = page.locator('a.term').first();
        const termId = (await termLink.getAttribute('href'))!.split('#')[1]!;
        const term = content.glossary.get(termId)!;
        expect(await termLink.getAttribute('href')).toBe(`${glossaryUrl(lang)}#${termId}`);
        const button = help.locator('button.term-show');
        expect(await button.locator('[aria-hidden="true"]').textContent()).toBe('?');
        const label = t[lang]('definition-show', { term: term.term[lang] });
        expect(await page.getByRole('button', { name: label, exact: true }).count()).toBeGreaterThan(0);

        await termLink.focus();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('term-show');
        await page.keyboard.press('Enter');
        const popover = help.locator('[popover]');
        expect(await openPopover(page)).toBe(await popover.getAttribute('id'));
        expect(await popover.textContent()).toContain(term.definition[lang]);
        const box = (await popover.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
        // Tab goes into the definition, to its close button.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t[lang]('definition-close'));
        await page.keyboard.press('Escape');
        expect(await openPopover(page)).toBeNull();
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('term-show');
        await context.close();
      });

      it('has no axe violations with a definition open', async () => {
        const { context, page } = await open(lang);
        await page.locator('button.term-show').first().click();
        expect(await openPopover(page)).not.toBeNull();
        expect(describeViolations(await axeViolations(page))).toBe('');
        await context.close();
      });

      it('works with JavaScript off, and the page runs no script', async () => {
        const { context, page } = await open(lang, false);
        expect(await page.locator('script').count()).toBe(0);
        await page.locator('button.term-show').first().click();
        expect(await openPopover(page)).not.toBeNull();
        await page.locator(':popover-open button.term-close').click();
        expect(await openPopover(page)).toBeNull();
        await context.close();
      });

      it('prints the terms without their buttons or definitions', async () => {
        const { context, page } = await open(lang);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('a.term').first().isVisible()).toBe(true);
        expect(await page.locator('button.term-show').first().isVisible()).toBe(false);
        await context.close();
      });
    });
  }
});
