/**
 * The built site in Chromium, served over HTTP: accessibility (axe-core), the language toggle,
 * keyboard entry, narrow screens, pages without JavaScript and the 404 page (page weight: budgets.test.ts).
 * One browser for the file; one page per mode, reused across the site's pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, PAGE_WAIT_MS } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { builtPages, isBilingual, readPage } from '../support/built-pages';
import { axeViolations, describeViolations } from '../support/axe';
import { content, sitePageTitle } from '../support/content';
import { findRoute, SITE_OWNER } from '../../src/lib/routing/routes';
import { langFromPath } from '../support/lang-from-path';
import { htmlLang, otherLocale } from '../../src/lib/i18n/locale';

const urls = builtPages().map((p) => p.url);
const { routes } = content;
const singleLanguage = urls.filter((url) => !isBilingual(url) && langFromPath(url));
/**
 * One page of each kind (a content page, the checker, search, the step by step, the whole pathway…)
 * in each language, and the pages in both languages at once: what the browser alone can show
 * (following the toggle, where Tab goes first) is the layout's, the same on every page of a kind;
 * each page's own toggle and skip link are checked in its HTML (tests/built/structure.test.ts).
 */
const kindOf = (url: string) => {
  const route = routes.find((r) => r.url === url);
  return `${route?.pageType} ${route?.key.startsWith(`${SITE_OWNER}:`) ? 'site' : 'pathway'} ${langFromPath(url)}`;
};
const onePerKind = [...new Map(urls.map((url) => [isBilingual(url) ? url : kindOf(url), url])).values()];
const onePerKindSingle = onePerKind.filter((url) => singleLanguage.includes(url));

describe.skipIf(noBrowser)('the site in a browser', () => {
  const site = useBrowserSite();
  let page: Page;
  let noJsPage: Page;

  beforeAll(async () => {
    page = await (await site.browser.newContext()).newPage();
    noJsPage = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
  });

  const open = async (target: Page, url: string) => target.goto(site.server.origin + url, { waitUntil: 'load', timeout: PAGE_WAIT_MS });

  // Loaded once, at a desktop width for axe, then shown at 320 px: no page's script reads the width,
  // so the width it is shown at, not the one it was loaded at, decides its layout.
  it.each(urls)('%s has no axe-core violations, and does not scroll sideways at 320 px', async (url) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, url);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
    expect(widths.document).toBeLessThanOrEqual(320);
    expect(widths.body).toBeLessThanOrEqual(320);
  });

  it.each(onePerKindSingle)('%s: the language toggle goes to the counterpart and back', async (url) => {
    const lang = langFromPath(url)!;
    const route = routes.find((r) => r.url === url)!;
    const other = findRoute(routes, route.key, otherLocale(lang))!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, url);
    await Promise.all([page.waitForURL(site.server.origin + other.url), page.click('a.language-toggle')]);
    expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[other.lang]);
    await Promise.all([page.waitForURL(site.server.origin + url), page.click('a.language-toggle')]);
    expect(new URL(page.url()).pathname).toBe(url);
    expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[lang]);
  });

  it.each(onePerKind)('%s: the first Tab reaches the skip link, and Enter moves focus to main', async (url) => {
    await open(page, url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  // The checker is the one page JavaScript changes on purpose; tests/browser/checker.test.ts covers it without JavaScript.
  // A page whose policy runs no script (script-src 'none', tests/built/content-security-policy.test.ts)
  // is the same without JavaScript by construction: one such page stays here as a canary (a CSS
  // rule on scripting could still differ), with every page that runs a script of its own.
  // A script of its own, beyond the one every page has that waits for the toggle or a term's "?".
  const runsScript = (url: string) => /<script type="module" src=/.test(readPage(builtPages().find((page) => page.url === url)!));
  const nonChecker = urls.filter((url) => routes.find((r) => r.url === url)?.pageType !== 'checker');
  // The canary: the longest content page, the whole pathway on one page, in Welsh.
  const canary =
    routes.find((route) => route.pageType === 'whole' && route.lang === 'cy')?.url ?? nonChecker.find((url) => !runsScript(url))!;
  const staticUrls = [...new Set([canary, ...nonChecker.filter(runsScript)])];
  // The same but for the words meant for readers without JavaScript (<WithoutJavaScript>: "Search
  // needs JavaScript…"), which only they see.
  it.each(staticUrls)('%s shows the same content without JavaScript, and the words for readers without it only to them', async (url) => {
    // The text of the page, without the glossary terms' "?" buttons, which need the script.
    const mainText = (shown: Page) =>
      shown.evaluate(() => {
        const main = document.querySelector('main')!;
        const buttons = [...main.querySelectorAll<HTMLElement>('.term-show')];
        for (const button of buttons) button.style.setProperty('display', 'none');
        return main.innerText.trim();
      });
    await open(page, url);
    const withJs = await mainText(page);
    await open(noJsPage, url);
    const withoutJs = await mainText(noJsPage);
    expect(await noJsPage.locator('main h1').count()).toBeGreaterThan(0);
    expect(await noJsPage.locator('main h1').first().isVisible()).toBe(true);
    expect(withoutJs.length).toBeGreaterThan(0);
    const forThemOnly = (await noJsPage.locator('main .without-javascript').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    for (const text of forThemOnly) expect(withJs, 'shown with JavaScript too').not.toContain(text);
    const spaces = (text: string) => text.replace(/\s+/g, ' ');
    expect(spaces(forThemOnly.reduce((text, words) => text.replace(words, ''), withoutJs))).toBe(spaces(withJs));
  });

  describe('pages in both languages at once', () => {
    const title = sitePageTitle;

    it("an unknown address answers 404 with the not-found page in both languages, the address's language first", async () => {
      const cases = [
        ['/cy/dim-tudalen-yma/', 'cy'],
        ['/en/no-such-page/', 'en'],
        ['/no-such-page/', 'cy'],
      ] as const;
      for (const [missing, first] of cases) {
        const response = await open(page, missing);
        expect(response?.status()).toBe(404);
        expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[first]);
        expect(await page.getAttribute('main > section:first-of-type', 'lang')).toBe(htmlLang[first]);
        expect((await page.innerText('main [lang="cy"] h1')).trim()).toBe(title('not-found', 'cy'));
        expect((await page.innerText('main [lang="en-GB"] h1')).trim()).toBe(title('not-found', 'en'));
        expect(await page.locator('main [lang="cy"] a[href="/cy/"]').count()).toBeGreaterThan(0);
        expect(await page.locator('main [lang="en-GB"] a[href="/en/"]').count()).toBeGreaterThan(0);
      }
    });

    it('the landing page offers each language in that language', async () => {
      await open(page, '/');
      expect((await page.innerText('main [lang="cy"] h1')).trim()).toBe(title('landing', 'cy'));
      expect((await page.innerText('main [lang="en-GB"] h1')).trim()).toBe(title('landing', 'en'));
      await Promise.all([page.waitForURL(`${site.server.origin}/cy/`), page.click('main [lang="cy"] a[href="/cy/"]')]);
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
    });
  });
});
