/**
 * Search in Chromium, as a reader uses it: typed queries in both languages, Welsh mutations,
 * language isolation, keyboard use, axe with results open, and nothing fetched before a search
 * is made. Run after `npm run build` (npm test does both).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { noBrowser, PAGE_WAIT_MS } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { distDir } from '../support/paths';
import { axeViolations, describeViolations } from '../support/axe';
import { builtPages, readPage } from '../support/built-pages';
import { relatedForms } from '../../src/lib/search/welsh-mutations';
import { wordsOf, textOf, stripIgnored } from '../../src/lib/search/roots';
import { MAX_QUERY_LENGTH, cleanQuery } from '../../src/lib/search/query';
import { FIRST_RESULTS, resultStatus } from '../../src/lib/search/results';
import { findRoute, routeKey, CHECKER_PAGE_ID, QUESTIONS_PAGE_ID } from '../../src/lib/routing/routes';
import { content, t } from '../support/content';

type Lang = 'en' | 'cy';
const DESKTOP = { width: 1280, height: 720 };
const searchPath: Record<Lang, string> = { en: '/en/search/', cy: '/cy/chwilio/' };
const en = (path: string) => `/en/clinical-coding/${path}`;
const cy = (path: string) => `/cy/codio-clinigol/${path}`;

/**
 * What a reader types, and the page they expect first. Where two pages answer equally well (the
 * Essential Skills are on both the qualifications and the training page), either may come first.
 */
const QUERIES: Record<Lang, [string, string | string[]][]> = {
  en: [
    ['DBS', en('additional-requirements/')],
    ['shifts', en('additional-requirements/')],
    ['Welsh Baccalaureate', en('entry-requirements/')],
    ['off the job hours', en('training/')],
    ['vulnerable adults', en('additional-requirements/')],
    ['credit transfer', en('entry-requirements/')],
    ['initial assessment', en('entry-requirements/')],
    ['Annex 1', en('qualifications/')],
    ['awarding body', en('qualifications/')],
    ['completion certificate evidence', en('training/')],
    ['mentor', en('training/')],
    ['portfolio', en('entry-requirements/')],
    ['Application of Number', [en('qualifications/'), en('training/')]],
  ],
  cy: [
    ['DBS', cy('gofynion-ychwanegol/')],
    ['sifftiau', cy('gofynion-ychwanegol/')],
    ['gwiriadau cyn cyflogi', cy('gofynion-ychwanegol/')],
    ['Bagloriaeth Cymru', cy('gofynion-mynediad/')],
    ['oriau hyfforddi', cy('hyfforddiant/')],
    ['asesiad cychwynnol', cy('gofynion-mynediad/')],
    ['Atodiad 1', cy('cymwysterau/')],
    ['trosglwyddo credydau', cy('gofynion-mynediad/')],
    ['tystysgrif cwblhau', cy('hyfforddiant/')],
    ['dystysgrif', cy('hyfforddiant/')],
    ['mentor', cy('hyfforddiant/')],
    ['Cymhwyso Rhif', [cy('cymwysterau/'), cy('hyfforddiant/')]],
  ],
};

/** A place on a page: its address and the id of its section. */
const questionsUrl = (lang: Lang) => findRoute(content.routes, routeKey('clinical-coding', QUESTIONS_PAGE_ID), lang)!.url;
const question = (lang: Lang, id: string) => `${questionsUrl(lang)}#${id}`;
const section = (lang: Lang, page: string, id: string) => `${(lang === 'en' ? en : cy)(page)}#${id}`;

/**
 * The questions people ask, in their words (the UX review's searches that found nothing or the
 * wrong page), and where the answer is: the question on the questions page, or the section that
 * sets it out. One of them must be among the first three results, as the result or one of its
 * sections.
 */
const QUESTIONS: Record<Lang, [string, string[]][]> = {
  en: [
    ['how long does it take', [question('en', 'how-long')]],
    ['duration', [question('en', 'how-long')]],
    ['pay', [question('en', 'pay')]],
    ['salary', [question('en', 'pay')]],
    ['hours a week', [question('en', 'training-hours'), section('en', 'training/', 'minimum-hours')]],
    ['exams', [section('en', 'qualifications/', 'combined-qualification'), question('en', 'welsh-assessment')]],
    ['tests', [section('en', 'qualifications/', 'combined-qualification'), question('en', 'welsh-assessment')]],
    ['A level', [section('en', 'entry-requirements/', 'prior-qualifications')]],
  ],
  cy: [
    ['pa mor hir', [question('cy', 'how-long')]],
    ['faint o amser', [question('cy', 'how-long')]],
    ['hyd', [question('cy', 'how-long')]],
    ['cyflog', [question('cy', 'pay')]],
    ['tâl', [question('cy', 'pay')]],
    ['oriau bob wythnos', [question('cy', 'training-hours'), section('cy', 'hyfforddiant/', 'minimum-hours')]],
    ['arholiadau', [section('cy', 'cymwysterau/', 'combined-qualification'), question('cy', 'welsh-assessment')]],
    ['profion', [section('cy', 'cymwysterau/', 'combined-qualification'), question('cy', 'welsh-assessment')]],
    ['Lefel A', [section('cy', 'gofynion-mynediad/', 'prior-qualifications')]],
  ],
};

interface Outcome {
  urls: string[];
  status: string;
}

/** Each result shown: its page's address, then the addresses of the sections it lists. */
function resultLinks(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-search-results] > li')].map((item) =>
      [...item.querySelectorAll<HTMLAnchorElement>('h2 > a, .search-sections a')].map((a) => {
        const url = new URL(a.href);
        return url.pathname + url.hash;
      }),
    ),
  );
}

async function waitForResults(page: Page, query: string): Promise<Outcome> {
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === q, query.trim(), {
    timeout: PAGE_WAIT_MS,
  });
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] > li > h2 > a')].map((a) => new URL(a.href).pathname),
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
  }));
}

/**
 * Types the query into the search page's field and presses Enter, as a reader would. `all`: then
 * presses "Show more results" if it is there, and gives every result (the status line as it was
 * before).
 */
async function typeSearch(page: Page, origin: string, lang: Lang, query: string, { all = false } = {}): Promise<Outcome> {
  if (!page.url().startsWith(`${origin}${searchPath[lang]}`)) await page.goto(`${origin}${searchPath[lang]}`);
  const field = page.locator('#search-page-q');
  // The page marks the query its results are for: unmarked, the results of the same query searched before are not taken for these.
  await page.evaluate(() => {
    delete document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched;
  });
  await field.fill('');
  await field.pressSequentially(query);
  await field.press('Enter');
  const outcome = await waitForResults(page, query);
  const more = page.locator('[data-search-more]');
  if (!all || !(await more.isVisible())) return outcome;
  await more.click();
  await more.waitFor({ state: 'hidden' });
  return { ...outcome, urls: (await waitForResults(page, query)).urls };
}

/** Welsh pages (URL → indexed text words) read from the built site, to know where each form occurs. */
function welshPageWords(): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const built of builtPages(distDir)) {
    const html = readPage(built);
    if (!built.url.startsWith('/cy/') || !html.includes('data-pagefind-body') || html.includes('data-search-page')) continue;
    const body = stripIgnored(html).replace(/<script\b[\s\S]*?<\/script>/g, '');
    const start = body.indexOf('data-pagefind-body');
    pages.set(built.url, new Set(wordsOf(textOf(body.slice(start, body.indexOf('</main>', start)))).map((w) => w.toLocaleLowerCase('cy'))));
  }
  return pages;
}

/** One server and one browser for the file. */
const site = useBrowserSite();

describe.skipIf(noBrowser)('search', () => {
  let page: Page;
  /** A search page in each language, loaded once and searched again and again, as a reader does. */
  const searchPages = {} as Record<Lang, Page>;
  /** Another for the questions people ask, searched at the same time as the typed queries. */
  const questionPages = {} as Record<Lang, Page>;
  beforeAll(async () => {
    page = await site.browser.newPage();
    for (const lang of ['en', 'cy'] as const) searchPages[lang] = await site.browser.newPage({ viewport: DESKTOP });
    for (const lang of ['en', 'cy'] as const) questionPages[lang] = await site.browser.newPage();
  });

  // The typed queries and the questions, in each language, run side by side, each group on its own
  // page (`concurrent: true` on the group); within a group, one query after another on that one page
  // (`concurrent: false` on its tests), as a reader searches again.

  for (const lang of ['en', 'cy'] as const) {
    describe(`typed queries (${lang})`, { concurrent: true }, () => {
      it.each(QUERIES[lang])('“%s” gives %s first', { concurrent: false }, async (query, expected) => {
        const { urls, status } = await typeSearch(searchPages[lang], site.server.origin, lang, query);
        expect([expected].flat(), `results for “${query}”: ${urls.join(', ')}`).toContain(urls[0]);
        expect(status).toContain(query);
      });
    });
  }

  for (const lang of ['en', 'cy'] as const) {
    describe(`questions people ask (${lang})`, { concurrent: true }, () => {
      it.each(QUESTIONS[lang])('“%s” finds its answer among the first three results', { concurrent: false }, async (query, places) => {
        const { status } = await typeSearch(questionPages[lang], site.server.origin, lang, query);
        const firstThree = (await resultLinks(questionPages[lang])).slice(0, 3);
        expect(
          firstThree.flat().filter((link) => places.includes(link)),
          `results for “${query}”: ${JSON.stringify(firstThree)}`,
        ).not.toEqual([]);
        expect(status).toContain(query);
      });
    });
  }

  it('“DBS” still finds the section that sets it out first, in each language, before the question that retells it', async () => {
    for (const lang of ['en', 'cy'] as const) {
      await typeSearch(searchPages[lang], site.server.origin, lang, 'DBS');
      const [first, ...rest] = await resultLinks(searchPages[lang]);
      const dbsPage = lang === 'en' ? en('additional-requirements/') : cy('gofynion-ychwanegol/');
      expect(first!.slice(0, 2)).toEqual([dbsPage, `${dbsPage}#dbs-checks`]);
      expect(rest.flat()).toContain(question(lang, 'dbs'));
    }
  });

  it('English results are English pages only, and Welsh results Welsh pages only', async () => {
    for (const query of ['DBS', 'Agored Cymru', 'C00/4514/4', 'Clinical Coding', 'Codio Clinigol', 'mentor']) {
      const english = await typeSearch(searchPages.en, site.server.origin, 'en', query, { all: true });
      for (const url of english.urls) expect(url, `English “${query}”`).toMatch(/^\/en\//);
      const welsh = await typeSearch(searchPages.cy, site.server.origin, 'cy', query, { all: true });
      for (const url of welsh.urls) expect(url, `Welsh “${query}”`).toMatch(/^\/cy\//);
    }
    expect((await typeSearch(searchPages.en, site.server.origin, 'en', 'Agored Cymru')).urls.length).toBeGreaterThan(0);
    expect((await typeSearch(searchPages.cy, site.server.origin, 'cy', 'Agored Cymru')).urls.length).toBeGreaterThan(0);
  });

  describe('Welsh mutations', () => {
    const pages = welshPageWords();
    /** Pages where any form of the word occurs: what a mutation-aware search must return. */
    const pagesWithAnyForm = (radical: string) =>
      [...pages]
        .filter(([, words]) => relatedForms(radical).some((form) => words.has(form)))
        .map(([url]) => url)
        .sort();
    const pagesWith = (form: string) =>
      [...pages]
        .filter(([, words]) => words.has(form))
        .map(([url]) => url)
        .sort();

    it.each([
      ['prentisiaeth', 'brentisiaeth'],
      ['cyflogwr', 'gyflogwr'],
      ['cyflogwyr', 'gyflogwyr'],
      ['cymhwyster', 'gymhwyster'],
    ])('“%s” and “%s” both find every page with any form of the word', async (radical, mutated) => {
      const expected = pagesWithAnyForm(radical);
      expect(expected.length, `no Welsh page uses ${radical} in any form`).toBeGreaterThan(0);
      for (const query of [radical, mutated]) {
        const { urls } = await typeSearch(searchPages.cy, site.server.origin, 'cy', query, { all: true });
        expect([...urls].sort(), `results for “${query}”`).toEqual(expect.arrayContaining(expected));
      }
    });

    it('a root query finds pages where only a mutated form occurs, and the reverse', () => {
      // Guards the test above: the content must have pages that differ, or it proves nothing.
      const onlyMutated = pagesWith('brentisiaeth').filter((url) => !pagesWith('prentisiaeth').includes(url));
      const onlyRoot = pagesWith('prentisiaeth').filter((url) => !pagesWith('brentisiaeth').includes(url));
      expect(onlyMutated.length + onlyRoot.length, 'pages with only one of the forms').toBeGreaterThan(0);
    });

    it('the excerpt shows the page’s real (mutated) words, highlighted, and none of the added forms', async () => {
      await typeSearch(searchPages.cy, site.server.origin, 'cy', 'prentisiaeth');
      const marks = await searchPages.cy.locator('[data-search-results] mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.map((m) => m.toLocaleLowerCase('cy').replace(/[^\p{L}]/gu, ''))).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(prentisiaeth|brentisiaeth|mhrentisiaeth|phrentisiaeth)$/)]),
      );
      expect(await searchPages.cy.locator('[data-search-results]').textContent()).not.toContain('~');
    });

    it('a nasal form typed finds the radical', async () => {
      const { urls } = await typeSearch(searchPages.cy, site.server.origin, 'cy', 'nghyflogwr', { all: true });
      expect(urls).toEqual(expect.arrayContaining(pagesWithAnyForm('cyflogwr')));
    });
  });

  it('with JavaScript, the search page does not say that search needs it (UX review L3), and still lists every page', async () => {
    for (const [lang, explanation] of [
      ['en', 'Search needs JavaScript'],
      ['cy', 'Mae angen JavaScript i chwilio'],
    ] as const) {
      await typeSearch(searchPages[lang], site.server.origin, lang, 'DBS');
      expect(await searchPages[lang].locator('main').innerText()).not.toContain(explanation);
      expect(await searchPages[lang].locator('main .site-contents a').count()).toBeGreaterThan(5);
    }
  });

  it('shows sub-results: the matching section, linked to its heading', async () => {
    await typeSearch(searchPages.en, site.server.origin, 'en', 'shifts');
    const section = searchPages.en.locator('[data-search-results] .search-sections a').first();
    expect(await section.getAttribute('href')).toBe(en('additional-requirements/#shifts'));
    expect(await searchPages.en.locator('[data-search-results] mark').first().textContent()).toMatch(/shift/i);
  });

  it('says when nothing matches, and offers the questions people ask and the checker first, before every page, in each language', async () => {
    for (const lang of ['en', 'cy'] as const) {
      const status = t[lang]('search-no-results', { query: 'xylophone' });
      const outcome = await typeSearch(searchPages[lang], site.server.origin, lang, 'xylophone');
      expect(outcome.urls).toEqual([]);
      expect(outcome.status).toBe(status);
      expect(await searchPages[lang].locator('[data-search-suggestion]').isVisible()).toBe(true);
      // The first links after the status line: the questions page, then the checker, each by its title.
      const links = await searchPages[lang]
        .locator('main a:visible')
        .evaluateAll(
          (as, statusLine) =>
            as
              .filter((a) => statusLine!.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)
              .map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent?.trim()]),
          await searchPages[lang].locator('[data-search-status]').elementHandle(),
        );
      const expected = [QUESTIONS_PAGE_ID, CHECKER_PAGE_ID].map((id) => findRoute(content.routes, routeKey('clinical-coding', id), lang)!);
      expect(links.slice(0, 2)).toEqual(expected.map((route) => [route.url, route.title]));
      expect(links.length).toBeGreaterThan(5);
      expect(await searchPages[lang].locator('main .site-contents a').count()).toBeGreaterThan(5);
    }
  });

  for (const [lang, query] of [
    ['en', 'apprenticeship'],
    ['cy', 'prentisiaeth'],
  ] as const) {
    it.concurrent(`fetches the excerpts of the first ${FIRST_RESULTS} results only; “Show more results”, by keyboard, shows the rest, moves focus to the first of them and says so (${lang}, “${query}”)`, async ({
      expect,
    }) => {
      const fresh = await site.browser.newPage();
      const fragments: string[] = [];
      fresh.on('request', (request) => {
        if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
      });
      await fresh.goto(`${site.server.origin}${searchPath[lang]}?q=${encodeURIComponent(query)}`);
      const { urls, status } = await waitForResults(fresh, query);
      const total = Number(/\d+/.exec(status)![0]);
      expect(total, status).toBeGreaterThan(FIRST_RESULTS);
      expect(status).toBe(
        resultStatus(t[lang].template, lang, total, query)
          .map((p) => p.text)
          .join(''),
      );
      expect(urls).toHaveLength(FIRST_RESULTS);
      await fresh.waitForLoadState('networkidle');
      expect(fragments.length, 'excerpts fetched before the reader asks for more').toBeLessThanOrEqual(FIRST_RESULTS);

      const more = fresh.locator('[data-search-more]');
      expect(await more.textContent()).toBe(t[lang]('search-more'));
      await more.focus();
      await fresh.keyboard.press('Enter');
      await expect.poll(() => fresh.locator('[data-search-results] > li').count()).toBe(total);
      expect(new Set(fragments).size).toBe(total);
      // Focus on the first result shown now, and the status line says every result is shown.
      const sixth = fresh.locator(`[data-search-results] > li:nth-child(${FIRST_RESULTS + 1}) h2 a`);
      await expect.poll(() => sixth.evaluate((a) => a === document.activeElement)).toBe(true);
      expect(await fresh.locator('[data-search-status]').textContent()).toBe(
        resultStatus(t[lang].template, lang, total, query, { all: true })
          .map((p) => p.text)
          .join(''),
      );
      expect(await fresh.locator('[data-search-status]').getAttribute('role')).toBe('status');
      expect(await more.isVisible()).toBe(false);
      // Every excerpt shown has a real heading link and text; none shows a word the page does not.
      expect(await fresh.locator('[data-search-results] .search-excerpt').count()).toBeGreaterThanOrEqual(total);
      expect(await fresh.locator('[data-search-results]').textContent()).not.toContain('~');
      await fresh.close();
    });
  }

  it('shows no “Show more results” button when every result is shown at once', async () => {
    const { urls } = await typeSearch(searchPages.en, site.server.origin, 'en', 'portfolio');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(FIRST_RESULTS);
    expect(await searchPages.en.locator('[data-search-more]').isVisible()).toBe(false);
  });

  it('counts results with the right plural form and announces the count politely', async () => {
    const english = await typeSearch(searchPages.en, site.server.origin, 'en', 'DBS', { all: true });
    expect(english.status).toMatch(
      english.urls.length === 1 ? /^1 result for ‘DBS’$/ : new RegExp(`^${english.urls.length} results for ‘DBS’$`),
    );
    expect(await searchPages.en.locator('[data-search-status]').getAttribute('role')).toBe('status');
    const welsh = await typeSearch(searchPages.cy, site.server.origin, 'cy', 'sifftiau', { all: true });
    const n = welsh.urls.length;
    // A status line is figures: a numeral and the singular, whatever the number (content/welsh-style.md).
    expect(n).toBeGreaterThan(0);
    expect(welsh.status).toBe(`${n} canlyniad ar gyfer ‘sifftiau’`);
  });

  it('takes ?q= from a link, writes it as text only, and keeps it in the URL', async () => {
    const hostile = '<img src=x onerror="document.title=1">DBS';
    await page.goto(`${site.server.origin}/en/search/?q=${encodeURIComponent(hostile)}`);
    const { status } = await waitForResults(page, hostile);
    expect(status).toContain(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.inputValue('#search-page-q')).toBe(hostile);
    await typeSearch(page, site.server.origin, 'cy', 'sifftiau');
    expect(new URL(page.url()).search).toBe('?q=sifftiau');
  });

  it('the header form takes a reader to the search page with their query, in their language', async () => {
    for (const [lang, start, query, expected] of [
      ['en', en('training/'), 'shifts', en('additional-requirements/')],
      ['cy', cy('hyfforddiant/'), 'sifftiau', cy('gofynion-ychwanegol/')],
    ] as const) {
      await page.goto(`${site.server.origin}${start}`);
      await page.locator('#site-search-q').fill(query);
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(`**${searchPath[lang]}?q=${query}`);
      const { urls } = await waitForResults(page, query);
      expect(urls[0]).toBe(expected);
    }
  });

  it('is usable with the keyboard alone: type, Enter, Tab to a result, Enter to open it', async () => {
    await page.goto(`${site.server.origin}/cy/chwilio/`);
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-page-q'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    await page.keyboard.type('gwiriadau cyn cyflogi');
    await page.keyboard.press('Enter');
    await waitForResults(page, 'gwiriadau cyn cyflogi');
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the first result
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(focused).toBe(cy('gofynion-ychwanegol/'));
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${cy('gofynion-ychwanegol/')}`);
  });

  for (const [lang, query, width] of [
    ['en', 'training hours', 1024],
    ['cy', 'prentisiaeth', 320],
    ['en', 'DBS', 320],
    ['cy', 'xylophone', 320],
  ] as const) {
    it(`axe finds no violations with results open (${lang}, “${query}”, ${width}px)`, async () => {
      const page = searchPages[lang];
      await page.setViewportSize({ width, height: 800 });
      try {
        await typeSearch(page, site.server.origin, lang, query);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        // Nothing wider than the screen at 320px.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } finally {
        // The page goes on to other tests at its own width.
        await page.setViewportSize(DESKTOP);
      }
    });
  }
});

/**
 * Text a crafted link might put in ?q=, and the parts of it that must appear nowhere on the page
 * except, cleaned and cut, as the query inside the status line's <bdi>; each tried on the search
 * page of one language, the two taking turns (the page's script is the same in both, and each
 * language's status line is proved in tests/unit/search.test.ts).
 */
const HOSTILE: [Lang, string, string, string[]][] = [
  ['en', 'a phone number', 'Call 0900 123 456', ['0900']],
  ['cy', 'a web address', 'https://evil.example/phish', ['evil.example']],
  ['en', 'long text', 'Your application has been REJECTED. '.repeat(56).slice(0, 2000), ['REJECTED']],
  ['cy', 'right-to-left overrides', '\u202Egnp.exe\u202C Call 0800 \u202E999', ['0800']],
];
/** Bidi and other control characters, none of which may reach the page (tabs and line breaks are in its own markup). */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Each test opens its own page, so they run at once (up to vitest's maxConcurrency); a test that polls uses its own expect.
describe.skipIf(noBrowser)('search shows the query only as the query, cleaned and isolated', { concurrent: true }, () => {
  const { ui } = content;

  for (const [lang, name, hostile, parts] of HOSTILE) {
    it(`${lang}: ${name} in ?q= appears only inside the status line's <bdi>, without control characters`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.origin}${searchPath[lang]}?q=${encodeURIComponent(hostile)}`);
      const query = cleanQuery(hostile);
      const { urls } = await waitForResults(page, query);
      const seen = await page.evaluate(() => {
        const status = document.querySelector('[data-search-status]')!;
        const bdi = [...status.querySelectorAll('bdi')];
        return {
          nodes: [...status.childNodes].map((node) => ({ bdi: node.nodeName === 'BDI', text: node.textContent ?? '' })),
          bdis: bdi.length,
          text: document.body.innerText,
          visibleOutsideQuery: document.body.innerText.replace(bdi[0]?.textContent ?? '\u0000', ''),
          html: document.documentElement.outerHTML,
          title: document.title,
          field: (document.querySelector('#search-page-q') as HTMLInputElement).value,
          links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        };
      });
      // The status line is the content file's template, with the query in a <bdi> of its own.
      expect(seen.bdis).toBe(1);
      expect(seen.nodes).toEqual(
        resultStatus(t[lang].template, lang, urls.length, query).map((piece) => ({ bdi: piece.isolate, text: piece.text })),
      );
      expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      for (const part of parts) expect(seen.visibleOutsideQuery, `${part} outside the <bdi>`).not.toContain(part);
      for (const [where, value] of Object.entries({
        text: seen.text,
        html: seen.html,
        title: seen.title,
        field: seen.field,
        address: decodeURIComponent(page.url()),
      })) {
        expect(CONTROLS.test(value), `a control character in the ${where}`).toBe(false);
        if (hostile.length > MAX_QUERY_LENGTH) expect(value.includes(hostile.trim()), `the whole long text in the ${where}`).toBe(false);
      }
      expect(seen.title).not.toContain(parts[0]);
      expect(seen.links.some((href) => href.includes('evil.example'))).toBe(false);
      expect(seen.field).toBe(query);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      await page.close();
    });
  }

  it('en: a query typed with bidi controls is searched and shown without them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${searchPath.en}`);
    await page.locator('#search-page-q').fill('\u202EDBS\u202C\u200F');
    await page.locator('#search-page-q').press('Enter');
    const { urls } = await waitForResults(page, 'DBS');
    expect(urls.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status] bdi').textContent()).toBe('DBS');
    expect(new URL(page.url()).search).toBe('?q=DBS');
    await page.close();
  });

  it('cy: a blank ?q= is no query: nothing is shown and the address is left clean; a form sent blank or empty asks for a word', async ({
    expect,
  }) => {
    const lang = 'cy';
    const page = await site.browser.newPage();
    for (const blank of ['%20%20', '', '%E2%80%AE%20%09']) {
      await page.goto(`${site.server.origin}${searchPath[lang]}?q=${blank}`);
      await page.waitForURL((url) => url.search === '');
      expect(new URL(page.url()).pathname).toBe(searchPath[lang]);
      expect(await page.locator('[data-search-status]').textContent()).toBe('');
      expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
      expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
      expect(await page.inputValue('#search-page-q')).toBe('');
    }
    // Sent as spaces from the form, it asks for a word, as an empty form does.
    for (const typed of ['   ', '']) {
      await page.evaluate(() => {
        document.querySelector('[data-search-status]')!.textContent = '';
      });
      await page.locator('#search-page-q').fill(typed);
      await page.locator('#search-page-q').press('Enter');
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(ui.get('search-empty')![lang]);
      expect(new URL(page.url()).search).toBe('');
    }
    await page.close();
  });
});

// Each test opens its own page, so they run at once (up to vitest's maxConcurrency); a test that polls uses its own expect.
describe.skipIf(noBrowser)('search when things go wrong', { concurrent: true }, () => {
  it('without JavaScript, the header form reaches the search page, which explains and lists every page', async ({ expect }) => {
    for (const [lang, start, explanation] of [
      ['en', en('training/'), 'Search needs JavaScript'],
      ['cy', cy('hyfforddiant/'), 'Mae angen JavaScript i chwilio'],
    ] as const) {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${start}`);
      await page.locator('#site-search-q').fill('DBS');
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(`**${searchPath[lang]}?q=DBS`);
      await expect.poll(() => page.locator('main').innerText()).toContain(explanation);
      const links = await page
        .locator('main .site-contents a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain(lang === 'en' ? en('additional-requirements/') : cy('gofynion-ychwanegol/'));
      expect(links.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
      await context.close();
    }
  });

  it('says it is searching, then says so plainly when search cannot load', async ({ expect }) => {
    const page = await site.browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.abort();
    });
    await page.goto(`${site.server.origin}/cy/chwilio/?q=sifftiau`);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(t.cy('search-loading'));
    release();
    await waitForResults(page, 'sifftiau');
    expect(await page.locator('[data-search-status]').textContent()).toBe(t.cy('search-error'));
    expect(await page.locator('[data-search-suggestion]').isVisible()).toBe(true);
    await page.close();
  });

  it('shows no result or section whose address leads off the site, from an index tampered with (F17)', async () => {
    const page = await site.browser.newPage();
    await page.route('**/pagefind/fragment/*', async (route) => {
      const original = gunzipSync(await (await route.fetch()).body()).toString('utf8');
      const prefix = 'pagefind_dcd';
      const data = JSON.parse(original.slice(prefix.length)) as { url: string; sub_results?: { url: string }[] };
      data.url = `//evil.example${data.url}`;
      for (const sub of data.sub_results ?? []) sub.url = `https://evil.example${sub.url}`;
      await route.fulfill({ body: gzipSync(Buffer.from(prefix + JSON.stringify(data))), contentType: 'application/octet-stream' });
    });
    await page.goto(`${site.server.origin}${searchPath.en}?q=DBS`);
    await waitForResults(page, 'DBS');
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([]);
    expect(await page.locator('[data-search-suggestion]').isVisible()).toBe(true);
    await page.close();
  });
});

// Each test opens its own page, so they run at once (up to vitest's maxConcurrency); a test that polls uses its own expect.
describe.skipIf(noBrowser)('search loads nothing until it is used', { concurrent: true }, () => {
  const gz = (path: string) => gzipSync(readFileSync(join(distDir, path))).length;

  for (const [lang, start, query] of [
    ['en', en('training/'), 'off the job hours'],
    ['cy', cy('hyfforddiant/'), 'gwiriadau cyn cyflogi'],
  ] as const) {
    it(`a ${lang} content page fetches no script, even with the search field focused, until a search is made`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.server.origin}${start}`);
      await page.waitForLoadState('networkidle');
      expect(
        fetched.filter((path) => path.endsWith('.js') || path.includes('pagefind')),
        'fetched on load',
      ).toEqual([]);
      expect(await page.locator('script[src]').count()).toBe(0);

      await page.locator('#site-search-q').focus();
      await page.waitForLoadState('networkidle');
      expect(
        fetched.filter((path) => path.endsWith('.js') || path.includes('pagefind')),
        'fetched on focus',
      ).toEqual([]);

      // A first search, from the header, as a reader makes it: what does it cost?
      const before = fetched.length;
      await page.locator('#site-search-q').fill(query);
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(`**${searchPath[lang]}**`);
      await waitForResults(page, query);
      const all = [...new Set(fetched.slice(before))].filter((path) => path.startsWith('/pagefind/'));
      const bytes = all.reduce((sum, path) => sum + gz(path), 0);
      expect(errors, 'no script or Content-Security-Policy errors').toEqual([]);
      console.log(`first search (${lang}): ${all.length} search files, ${bytes} bytes gzip: ${all.join(' ')}`);
      expect(
        all.every((path) => !path.includes(lang === 'en' ? '.cy_' : 'en-gb_')),
        'only this language’s index',
      ).toBe(true);
      await context.close();
    });
  }
});
