/** What frames each page (src/lib/routing/page-data.ts), worked out from the real content's routes. */
import { describe, expect, it } from 'vitest';
import { contentsList, documentTitle, pageData, type PageDataInputs } from '../../src/lib/routing/page-data';
import {
  buildRoutes,
  checkerPages,
  findRoute,
  routeKey,
  HOME_PAGE_ID,
  SEARCH_PAGE_ID,
  SITE_OWNER,
  type PageMeta,
} from '../../src/lib/routing/routes';
import { findPage, pathwayMeta } from '../../src/astro/load-content';
import { locales } from '../../src/lib/i18n/locale';
import { content } from '../support/content';

const inputs: PageDataInputs = content.pageDataInputs;
const route = (owner: string, id: string, lang: 'en' | 'cy') => findRoute(content.routes, routeKey(owner, id), lang)!;

describe.each(locales)("a pathway's pages (%s)", (lang) => {
  for (const pathway of content.pathways) {
    const pages = pathway.pages.map((id) => route(pathway.id, id, lang));

    it(`${pathway.id}: each page links to the one before and after it, in the pathway's order`, () => {
      pages.forEach((page, index) => {
        const data = pageData(inputs, page);
        expect(data.pathwayPages.map((r) => r.key)).toEqual(pages.map((r) => r.key));
        expect(data.previous?.key).toBe(pages[index - 1]?.key);
        expect(data.next?.key).toBe(pages[index + 1]?.key);
      });
    });

    it(`${pathway.id}: the header links to this pathway's checker and to search; the date is the pathway's revision`, () => {
      const data = pageData(inputs, pages[1]!);
      // The checker's address as its content names it: the pathway's slug, then the checker's.
      const checker = content.checkers.get(pathway.id);
      expect(data.checkerUrl).toBe(checker && `/${lang}/${pathway.slug[lang]}/${checker.slug[lang]}/`);
      expect(data.searchUrl).toBe(route(SITE_OWNER, SEARCH_PAGE_ID, lang).url);
      expect(data.lastUpdated).toBe(pathway.revisionDate);
      expect(data.breadcrumbs.map((c) => c.url)).toEqual([route(SITE_OWNER, HOME_PAGE_ID, lang).url, pages[0]!.url]);
      // Home by its own short title, as its page (content/site/pages/<lang>/home.mdx) gives it.
      expect(data.breadcrumbs[0]!.title).toBe(findPage(content, SITE_OWNER, HOME_PAGE_ID, lang)!.entry.data.navTitle);
    });
  }
});

describe.each(locales)("the site's own pages (%s)", (lang) => {
  it("belong to no pathway: no checker link, no pathway navigation, the site's review date", () => {
    const data = pageData(inputs, route(SITE_OWNER, 'glossary', lang));
    expect(data.checkerUrl).toBeUndefined();
    expect(data.pathwayPages).toEqual([]);
    expect(data.previous).toBeUndefined();
    expect(data.lastUpdated).toBe(content.site.lastReviewed);
    expect(data.breadcrumbs.map((c) => c.url)).toEqual([route(SITE_OWNER, HOME_PAGE_ID, lang).url]);
  });

  it('the home page has no breadcrumbs; the search page no search link to itself', () => {
    expect(pageData(inputs, route(SITE_OWNER, HOME_PAGE_ID, lang)).breadcrumbs).toEqual([]);
    expect(pageData(inputs, route(SITE_OWNER, SEARCH_PAGE_ID, lang)).searchUrl).toBeUndefined();
  });

  it('each page knows its other language', () => {
    const glossary = route(SITE_OWNER, 'glossary', lang);
    expect(pageData(inputs, glossary).alternates).toEqual({
      en: route(SITE_OWNER, 'glossary', 'en').url,
      cy: route(SITE_OWNER, 'glossary', 'cy').url,
    });
  });
});

describe('with two pathways', () => {
  // A second pathway beside the real one: each page's header must name its own pathway's checker.
  const first = content.pathways[0]!;
  const second = { id: 'second', slug: { en: 'second', cy: 'ail' }, pages: ['overview', 'training'], revisionDate: '2024-01-01' };
  const pages: PageMeta[] = [
    ...content.routes.map((r) => ({
      owner: r.owner,
      id: r.pageId,
      lang: r.lang,
      slug: r.url.split('/').at(-2),
      title: r.title,
      pageType: r.pageType,
    })),
    ...locales.flatMap((lang) => second.pages.map((id, i) => ({ owner: second.id, id, lang, slug: i ? id : undefined, title: id }))),
    ...checkerPages(second.id, { slug: { en: 'check', cy: 'gwirio' }, title: { en: 'Check', cy: 'Gwirio' } }),
  ];
  const routes = buildRoutes(pages, [pathwayMeta(first), second]);
  const twoPathways: PageDataInputs = { ...inputs, routes, pathways: [...inputs.pathways, second] };

  it("gives each pathway's pages its own checker and date, never the first pathway's", () => {
    const training = findRoute(routes, routeKey(second.id, 'training'), 'cy')!;
    const data = pageData(twoPathways, training);
    expect(data.checkerUrl).toBe('/cy/ail/gwirio/');
    expect(data.lastUpdated).toBe(second.revisionDate);
    expect(data.pathwayPages.map((r) => r.url)).toEqual(['/cy/ail/', '/cy/ail/training/']);
  });
});

describe('the contents list', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  it('lists the top-level sections of a page that has three or more', () => {
    expect(contentsList([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });

  it('is empty for a page of two sections or fewer', () => {
    expect(contentsList([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([]);
  });
});

describe("a page's <title>", () => {
  it("is the page's title then the site's name, or the site's name alone where the page is named for the site", () => {
    expect(documentTitle('Entry requirements', 'Clinical Coding apprenticeship in Wales')).toBe(
      'Entry requirements | Clinical Coding apprenticeship in Wales',
    );
    expect(documentTitle('Clinical Coding apprenticeship in Wales', 'Clinical Coding apprenticeship in Wales')).toBe(
      'Clinical Coding apprenticeship in Wales',
    );
    expect(documentTitle('Prentisiaeth Codio Clinigol yng Nghymru', 'Prentisiaeth Codio Clinigol yng Nghymru')).toBe(
      'Prentisiaeth Codio Clinigol yng Nghymru',
    );
  });
});
