/**
 * The ways into a pathway that readers found hard to find (UX review M3): the checker, the step by
 * step and the questions people ask are linked from both home pages, and beside every page of the
 * pathway with the whole pathway on one page.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../support/content';
import { pageAt, singleLanguagePages } from '../support/site-pages';
import {
  CHECKER_PAGE_ID,
  HOME_PAGE_ID,
  QUESTIONS_PAGE_ID,
  SITE_OWNER,
  STEPS_PAGE_ID,
  WHOLE_PATHWAY_PAGE_ID,
  findRoute,
  routeKey,
} from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/i18n/locale';

const hrefsOf = (url: string, selector: string) =>
  pageAt(url)
    .doc.querySelectorAll(`${selector} a`)
    .map((a) => a.getAttribute('href'));

describe.each(locales)('the ways into each pathway (%s)', (lang) => {
  const home = findRoute(content.routes, routeKey(SITE_OWNER, HOME_PAGE_ID), lang)!.url;
  for (const pathway of content.pathways) {
    const url = (id: string) => findRoute(content.routes, routeKey(pathway.id, id), lang)?.url;
    const ways = [CHECKER_PAGE_ID, STEPS_PAGE_ID, QUESTIONS_PAGE_ID].map(url).filter((u): u is string => u !== undefined);

    it(`${pathway.id}: the home page links its checker, step by step and questions`, () => {
      expect(ways.length).toBe(3);
      expect(hrefsOf(home, `main [data-pathway="${pathway.id}"]`)).toEqual(expect.arrayContaining(ways));
    });

    it(`${pathway.id}: every page of the pathway lists them, and the whole pathway, beside its own pages`, () => {
      const pages = singleLanguagePages().filter(
        (page) => page.lang === lang && page.route?.owner === pathway.id && page.route.pageType === 'page',
      );
      expect(pages.length).toBe(pathway.pages.length);
      for (const page of pages)
        expect(hrefsOf(page.url, '.pathway-nav .pathway-nav-more'), page.url).toEqual([
          ...[STEPS_PAGE_ID, QUESTIONS_PAGE_ID, CHECKER_PAGE_ID].map(url),
          url(WHOLE_PATHWAY_PAGE_ID),
        ]);
    });
  }
});
