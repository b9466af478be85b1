/**
 * Search knows the words people type (content/site/search-aliases.yaml) and the glossary's names
 * in the other language: each one, searched in its language, finds the page that defines what it
 * stands for, and none of them is shown, on the page or in an excerpt. Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, PAGE_WAIT_MS } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { builtPages, readPage } from '../support/built-pages';
import { distDir } from '../support/paths';
import { content } from '../support/content';
import { findRoute, routeKey, QUESTIONS_PAGE_ID, SEARCH_PAGE_ID, SITE_OWNER } from '../../src/lib/routing/routes';

type Lang = 'en' | 'cy';
const langs: Lang[] = ['en', 'cy'];
const pageUrlOf = (owner: string, page: string, lang: Lang) => findRoute(content.routes, routeKey(owner, page), lang)!.url;
const other = (lang: Lang): Lang => (lang === 'en' ? 'cy' : 'en');

/**
 * Every word to try in `lang`, with each place it must find: a glossary term's page, or the
 * section (`page#section`) or question (`questions page#question`) the alias names.
 */
function cases(lang: Lang): [string, string[]][] {
  const typed = [...content.searchAliases.values()].flatMap((alias): [string, string[]][] => {
    const places = alias.term
      ? [pageUrlOf(SITE_OWNER, 'glossary', lang)]
      : [
          ...(alias.section ? [`${pageUrlOf(alias.section.pathway, alias.section.page, lang)}#${alias.section.section}`] : []),
          ...(alias.question ? [`${pageUrlOf(alias.question.pathway, QUESTIONS_PAGE_ID, lang)}#${alias.question.id}`] : []),
        ];
    return alias.words[lang].map((word) => [word, places]);
  });
  // The glossary's names in the other language, where they differ (HEIW on the Welsh site).
  const fromGlossary = [...content.glossary.values()].flatMap((term): [string, string[]][] =>
    [term.term[other(lang)], term.abbreviation?.[other(lang)]]
      .filter((word): word is string => Boolean(word) && word !== term.term[lang] && word !== term.abbreviation?.[lang])
      .map((word) => [word, [pageUrlOf(SITE_OWNER, 'glossary', lang)]]),
  );
  return [...typed, ...fromGlossary];
}

/**
 * The results shown for a query (the first few, before the reader asks for more): each one's page,
 * and its sections' addresses. The query is typed into the language's search page, loaded once, and
 * submitted, as a reader searching again does; the page marks the query it has shown results for.
 */
async function search(page: Page, query: string): Promise<{ urls: string[]; links: string[]; text: string }> {
  await page.evaluate((q) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    delete root.dataset.searched;
    root.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
    root.querySelector<HTMLFormElement>('[data-search-page-form]')!.requestSubmit();
  }, query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === q, query, {
    timeout: PAGE_WAIT_MS,
  });
  return page.evaluate(() => {
    const path = (a: HTMLAnchorElement) => {
      const url = new URL(a.href);
      return url.pathname + url.hash;
    };
    return {
      urls: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] > li > h2 > a')].map((a) => new URL(a.href).pathname),
      links: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] .search-sections a')].map(path),
      text: document.querySelector('[data-search-results]')?.textContent ?? '',
    };
  });
}

describe.skipIf(noBrowser)('search aliases', () => {
  const site = useBrowserSite();
  /** Each language's search page, loaded once: pagefind and its index load with it. */
  const pages = new Map<Lang, Page>();
  const searchPage = async (lang: Lang): Promise<Page> => {
    if (!pages.has(lang)) {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.origin}${pageUrlOf(SITE_OWNER, SEARCH_PAGE_ID, lang)}`);
      pages.set(lang, page);
    }
    return pages.get(lang)!;
  };

  for (const lang of langs) {
    it(`${lang}: the content gives words to test, from the alias list and from the glossary`, () => {
      expect(cases(lang).length).toBeGreaterThan(20);
    });

    it.each(cases(lang))(
      `${lang}: “%s” finds %s among the first results, and no excerpt shows a word the page does not`,
      async (word, places) => {
        const { urls, links, text } = await search(await searchPage(lang), word);
        for (const place of places) {
          // A section or question: listed as the result's matching section. A glossary term: its page.
          expect(place.includes('#') ? links : urls, `results for “${word}”: ${urls.join(', ')} ${links.join(', ')}`).toContain(place);
        }
        expect(text).not.toContain('~');
      },
    );
  }

  // The site's own abbreviations, which are not aliases: the glossary defines them in each language.
  it.each([
    ['en', 'DBS'],
    ['en', 'ESW'],
    ['en', 'GLH'],
    ['en', 'HEIW'],
    ['en', 'AaGIC'],
    ['cy', 'DBS'],
    ['cy', 'ESW'],
    ['cy', 'GLH'],
    ['cy', 'AaGIC'],
    ['cy', 'HEIW'],
  ] as [Lang, string][])('%s: the abbreviation “%s” finds the glossary', async (lang, word) => {
    const { urls } = await search(await searchPage(lang), word);
    expect(urls, `results for “${word}”`).toContain(pageUrlOf(SITE_OWNER, 'glossary', lang));
  });

  it('finds a Welsh alias typed with a mutation (wiriad heddlu → gwiriad heddlu; ei gyflog → cyflog)', async () => {
    const { urls } = await search(await searchPage('cy'), 'wiriad heddlu');
    expect(urls).toContain(pageUrlOf(SITE_OWNER, 'glossary', 'cy'));
    const { links } = await search(await searchPage('cy'), 'gyflog');
    expect(links).toContain(`${pageUrlOf('clinical-coding', QUESTIONS_PAGE_ID, 'cy')}#pay`);
  });

  it('never puts an alias in a page: the index has them, the pages do not', () => {
    // Words found nowhere in the content, so only the aliases could bring them in.
    const aliasOnly =
      /police check|gwiriad heddlu|key skills|sgiliau allweddol|\bWBQ\b|Welsh Bacc\b|salary|numeracy|rhifedd|arholiad|computer skills|background check|pa mor hir|~/i;
    const pages = builtPages(distDir).filter((built) => built.url.endsWith('/') && !built.url.includes('/pagefind/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const built of pages) expect(readPage(built), built.url).not.toMatch(aliasOnly);
  });
});
