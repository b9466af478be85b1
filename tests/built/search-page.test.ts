/**
 * The search page as built, in both languages: what it offers when a search finds nothing (each
 * pathway's questions people ask and its checker, before the list of every page), that list (every
 * page of each pathway, the step by step, the questions, the checker and the whole pathway among
 * them), and the "Show more results" button the script reveals. Expected values come from the
 * content. What needs a browser (the script, CSS for readers with and without JavaScript) is in
 * tests/browser/search.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { content, t } from '../support/content';
import { pageAt } from '../support/site-pages';
import { visibleText, type HTMLElement } from '../support/html';
import {
  findRoute,
  pathwayRoutes,
  routeKey,
  CHECKER_PAGE_ID,
  QUESTIONS_PAGE_ID,
  SEARCH_PAGE_ID,
  SITE_OWNER,
  STEPS_PAGE_ID,
  WHOLE_PATHWAY_PAGE_ID,
} from '../../src/lib/routing/routes';
import { pathwayMeta } from '../../src/astro/load-content';
import { locales } from '../../src/lib/i18n/locale';

/** The text of an element the page holds hidden until the script shows it. */
const hiddenText = (element: HTMLElement) => element.text.replace(/\s+/g, ' ').trim();

describe.each(locales)('the search page (%s)', (lang) => {
  const page = pageAt(findRoute(content.routes, routeKey(SITE_OWNER, SEARCH_PAGE_ID), lang)!.url);
  const route = (owner: string, id: string) => findRoute(content.routes, routeKey(owner, id), lang);

  it("offers, for a search that finds nothing, each pathway's questions people ask and its checker, by their titles, before the list of every page", () => {
    const suggestion = page.doc.querySelector('[data-search-suggestion]')!;
    expect(suggestion.hasAttribute('hidden')).toBe(true);
    const links = suggestion.querySelectorAll('a').map((a) => [a.getAttribute('href'), hiddenText(a)]);
    const expected = content.pathways
      .flatMap((pathway) => [route(pathway.id, QUESTIONS_PAGE_ID), route(pathway.id, CHECKER_PAGE_ID)])
      .filter((r) => r !== undefined);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(links).toEqual(expected.map((r) => [r.url, r.title]));
    expect(hiddenText(suggestion)).toContain(t[lang]('search-no-results-shortcuts'));
    expect(page.html.indexOf('data-search-suggestion')).toBeLessThan(page.html.indexOf('class="site-contents"'));
  });

  it('lists every page of each pathway, its step by step, questions, checker and whole pathway among them', () => {
    const listed = page.doc.querySelectorAll('.site-contents a').map((a) => a.getAttribute('href'));
    for (const pathway of content.pathways) {
      const expected = [
        ...pathwayRoutes(content.routes, pathwayMeta(pathway), lang),
        ...[STEPS_PAGE_ID, QUESTIONS_PAGE_ID, CHECKER_PAGE_ID, WHOLE_PATHWAY_PAGE_ID]
          .map((id) => route(pathway.id, id))
          .filter((r) => r !== undefined),
      ].map((r) => r.url);
      expect(expected.length).toBeGreaterThan(pathway.pages.length);
      for (const url of expected) expect(listed, url).toContain(url);
    }
  });

  it('has a "Show more results" button, hidden until the script has more to show', () => {
    const button = page.doc.querySelector('button[data-search-more]')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.hasAttribute('hidden')).toBe(true);
    expect(hiddenText(button)).toBe(t[lang]('search-more'));
  });

  it('says that search needs JavaScript only in the part shown to readers without it', () => {
    const note = page.doc.querySelector('.without-javascript');
    expect(visibleText(note)).toMatch(lang === 'en' ? /^Search needs JavaScript/ : /^Mae angen JavaScript i chwilio/);
    expect(visibleText(page.doc.querySelector('main')).split(/Search needs JavaScript|Mae angen JavaScript i chwilio/)).toHaveLength(2);
  });
});
