/**
 * The design's budgets (src/measurement/budgets.ts) held on the built site, measured as `npm run bench`
 * measures them (src/measurement/): every page opened in Chromium with its cache off, by type and
 * language, and a first search in each language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { noBrowser } from '../support/browser';
import { distDir, projectRoot } from '../support/paths';
import { measureSite, type SiteFigures } from '../../src/measurement/site-figures';
import { measureLoad, openSite, type MeasuringSite } from '../../src/measurement/measure';
import { pageUrlOf } from '../support/checker-flow';
import { CHECKER_PAGE_ID } from '../../src/lib/routing/routes';
import { BUDGETS, FIRST_SEARCHES, TYPES_WITH_SCRIPT, WHOLE_PATHWAY_TYPE } from '../../src/measurement/budgets';

describe.skipIf(noBrowser)('budgets, measured in a browser', () => {
  // One server and one browser for every measurement.
  let figures: SiteFigures;
  beforeAll(async () => {
    figures = await measureSite(distDir, join(projectRoot, 'content'));
  });

  it('measures every type of page the site has, in both languages', () => {
    const types = new Set(figures.groups.map((group) => `${group.type} ${group.lang}`));
    for (const type of [
      'home',
      'pathway overview',
      'pathway page',
      'step by step',
      'questions',
      WHOLE_PATHWAY_TYPE,
      'checker',
      'glossary',
      'search',
    ]) {
      expect(types).toContain(`${type} en`);
      expect(types).toContain(`${type} cy`);
    }
    expect(types).toContain('landing both');
    expect(figures.groups.every((group) => group.heaviest.requests > 0 && group.heaviest.total > 0)).toBe(true);
  });

  it('keeps every page within its budget on load: bytes, scripts run, other origins', () => {
    expect(figures.groups.flatMap((group) => group.problems)).toEqual([]);
  });

  it("loads every page under the site's own headers with no Content-Security-Policy violation and no error", () => {
    expect(figures.groups.reduce((pages, group) => pages + group.pages, 0)).toBeGreaterThan(30);
    expect(figures.groups.flatMap((group) => group.errors)).toEqual([]);
  });

  it('runs on a content page at most its one small script, which changes nothing on load', () => {
    const withoutScript = figures.groups.filter((group) => !TYPES_WITH_SCRIPT.includes(group.type));
    expect(withoutScript.length).toBeGreaterThan(10);
    expect(
      withoutScript
        .filter((group) => group.scriptsRun > BUDGETS.contentPageScripts || group.jsRunBytes > BUDGETS.contentPageScriptBytes)
        .map((group) => `${group.type} ${group.lang}`),
    ).toEqual([]);
    expect(withoutScript.some((group) => group.scriptsRun > 0)).toBe(true);
    expect(withoutScript.flatMap((group) => group.changesOnLoad)).toEqual([]);
  });

  it('fetches no more than its budget for a first search, for each query in the budgets in each language, and finds something', () => {
    expect(figures.searches.map((search) => `${search.lang} ${search.query}`).sort()).toEqual(
      Object.entries(FIRST_SEARCHES)
        .flatMap(([lang, queries]) => Object.values(queries).map((query) => `${lang} ${query}`))
        .sort(),
    );
    expect(figures.searches.flatMap((search) => search.problems)).toEqual([]);
  });

  it("fetches a common word's first search within the byte budget in each language, with the excerpts of five results at most, though it has more", () => {
    for (const lang of ['en', 'cy'] as const) {
      const common = figures.searches.find((search) => search.lang === lang && search.query === FIRST_SEARCHES[lang].common)!;
      expect(common.bytes, `${lang} “${common.query}”`).toBeLessThanOrEqual(BUDGETS.firstSearchBytes);
      expect(common.fragments, `${lang} “${common.query}”: excerpts fetched`).toBeLessThanOrEqual(BUDGETS.firstSearchExcerpts);
      // A common word: more results than excerpts fetched, or the limit proves nothing.
      expect(common.fragments).toBe(common.results);
      expect(common.more, `${lang} “${common.query}” offers more results`).toBe(true);
    }
  });

  it("starts each checker with Start, within the checker's JavaScript budget, in both languages", () => {
    expect(figures.checkerStarts.map((start) => start.lang).sort()).toEqual(['cy', 'en']);
    expect(figures.checkerStarts.every((start) => start.requests >= 2)).toBe(true);
    expect(figures.checkerStarts.flatMap((start) => start.problems)).toEqual([]);
  });

  it("fetches no script or data with the checker's start page: its loader comes inside the HTML, so its first paint waits for nothing a content page does not", () => {
    const checkers = figures.groups.filter((group) => group.type === 'checker');
    expect(checkers.map((group) => group.lang).sort()).toEqual(['cy', 'en']);
    for (const group of checkers) {
      expect({ url: group.heaviest.url, js: group.heaviest.bytes.js, data: group.heaviest.bytes.data }).toEqual({
        url: group.heaviest.url,
        js: 0,
        data: 0,
      });
      // The loader, and the one small script every page has.
      expect(group.scriptsRun, group.heaviest.url).toBe(1 + BUDGETS.contentPageScripts);
    }
  });

  it("leaves the checker's start page as it was served: its script changes nothing on load, so the first paint is the whole page", () => {
    const checkers = figures.groups.filter((g) => g.type === 'checker');
    expect(checkers).toHaveLength(2);
    expect(checkers.flatMap((group) => group.changesOnLoad)).toEqual([]);
  });
});

// Guards the figures above: a measurement that could not see a change or an error would pass every page.
describe.skipIf(noBrowser)('the measurement of a load', () => {
  let site: MeasuringSite;
  beforeAll(async () => {
    site = await openSite(distDir, { recordRequests: true });
  });
  afterAll(() => site?.close());

  it('fetches everything again on every load, as a first visit does: the cache is off', async () => {
    const url = `${pageUrlOf(CHECKER_PAGE_ID, 'en')}?step=route`;
    const served = async () => {
      const before = site.requests.length;
      await measureLoad(site, url);
      return site.requests.slice(before);
    };
    const first = await served();
    // The page, its script and the checker's data at least; the same again from the same tab.
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(await served()).toEqual(first);
  });

  it('sees what a script changes on load: the checker drawing the step its address names', async () => {
    const load = await measureLoad(site, `${pageUrlOf(CHECKER_PAGE_ID, 'en')}?step=route`);
    expect(load.changesOnLoad.length).toBeGreaterThan(0);
    expect(load.errors).toEqual([]);
  });

  it('sees an error on load: an address with no page', async () => {
    const load = await measureLoad(site, '/en/no-such-page/');
    expect(load.errors.join('\n')).toContain('404');
  });
});
