/**
 * Builds the site from temporary copies of content/ to prove two things end to end:
 * a broken content file stops `astro build` with a message naming the file, field and reason;
 * and a second pathway made only of content files builds into a working bilingual section.
 * Mistakes across files (a link to a section that does not exist, Welsh copied from the English)
 * are found by the same content check, before the build: tests/unit/content-check.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathwaySchema } from '../../src/schemas/pathway';
import { isUnstated } from '../../src/schemas/unstated';
import { factText } from '../../src/lib/pathway/facts';
import { pathwayName } from '../../src/lib/pathway/display';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { buildSite, tempProject, type BuildResult } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';
import { projectRoot } from '../support/paths';
import { t } from '../support/content';
import { parseHtml, visibleText } from '../support/html';
import { launchBrowser, noBrowser } from '../support/browser';
import { startServer } from '../../src/hosting/server';
import { brokenFixtures } from '../support/broken-fixtures';

const BUILD_TIMEOUT = 180_000;

describe('a broken content file fails the build, naming file, field and reason', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => {
    for (const cleanup of cleanups) cleanup();
  });

  /** Where a broken fixture of each kind (tests/fixtures/broken/content/<kind>/) goes in a copy of content/. */
  const placeOf: Record<string, (name: string) => string> = {
    checker: (name) => `pathways/broken-checker-${name.replace(/(\.edit)?\.yaml$/, '')}/checker.yaml`,
    ui: (name) => `site/ui/broken-${name}`,
    page: (name) => `site/pages/en/broken-${name}`,
    // One of each: the site has one glossary, one list of search aliases and one site.yaml.
    glossary: () => 'site/glossary.yaml',
    'search-aliases': () => 'site/search-aliases.yaml',
    site: () => 'site/site.yaml',
  };

  it(
    'every broken content file at once: each problem reported once, with file, line and field, and nothing from inside Astro',
    async () => {
      const project = tempProject();
      cleanups.push(project.cleanup);
      const expected: string[] = [];
      for (const kind of Object.keys(placeOf)) {
        const fixtures = brokenFixtures(kind);
        for (const { name, text, expected: messages } of ['glossary', 'search-aliases', 'site'].includes(kind)
          ? fixtures.slice(0, 1)
          : fixtures) {
          const place = placeOf[kind]!(name);
          mkdirSync(dirname(join(project.contentDir, place)), { recursive: true });
          writeFileSync(join(project.contentDir, place), text);
          for (const message of messages) expected.push(`content/${place}:${message}`);
        }
      }
      // A pathway.yaml with one mistake (tests/unit/pathway-content.test.ts has one for each kind): the real file plus one edit.
      const real = readFileSync(join(projectRoot, 'content', 'pathways', 'clinical-coding', 'pathway.yaml'), 'utf8');
      const zeroCredits = real.replace('minimumCredits: 48', 'minimumCredits: 0');
      const place = 'pathways/broken-zero-credits/pathway.yaml';
      mkdirSync(dirname(join(project.contentDir, place)), { recursive: true });
      writeFileSync(join(project.contentDir, place), zeroCredits);
      expected.push(
        `content/${place}:${zeroCredits.split('\n').findIndex((line) => line.includes('minimumCredits: 0')) + 1}:5: levels[level 4].minimumCredits: must be greater than zero`,
      );
      const result = await buildSite(project);
      expect(result.code, result.output).not.toBe(0);
      expect(expected.length).toBeGreaterThan(20);
      for (const message of expected) expect(result.output.split(message).length - 1, `once: ${message}\n${result.output}`).toBe(1);
      expect(result.output).not.toContain('node_modules');
      expect(result.output).not.toMatch(/Stack trace|Location:/);
    },
    BUILD_TIMEOUT,
  );
});

describe('a second pathway needs content files and no code change', () => {
  let result: BuildResult;
  let cleanup: () => void;
  // Read with the site's own schema, so that its levels and unstated facts are typed as the site reads them.
  const readPathway = (path: string) => pathwaySchema.parse(parseDocument(readFileSync(path, 'utf8')).toJS());
  const fixturePathway = readPathway(join(fixturesDir, 'second-pathway', 'pathways', 'health-records', 'pathway.yaml'));
  const clinicalCoding = readPathway(join(projectRoot, 'content', 'pathways', 'clinical-coding', 'pathway.yaml'));
  const words = (lang: 'en' | 'cy') => (key: string) => t[lang](key);
  /** What the home page says of a level: each qualification's number, the credits and the on-the-job hours, or that they are not stated. */
  const levelFacts = (pathway: typeof fixturePathway, lang: 'en' | 'cy') =>
    pathway.levels.flatMap((level) => [
      ...level.qualifications.items.map((q) => (isUnstated(q.number) ? q.title[lang] : q.number)),
      factText(pathway, 'minimumCredits', lang, words(lang), { level: level.level }),
      factText(pathway, 'onTheJobHours', lang, words(lang), { level: level.level }),
    ]);
  const page = (url: string) => {
    const file = join(result.outDir, url, 'index.html');
    expect(existsSync(file), `${url} was not built`).toBe(true);
    return parseHtml(readFileSync(file, 'utf8'));
  };
  const en = `/en/${fixturePathway.slug.en}/`;
  const cy = `/cy/${fixturePathway.slug.cy}/`;

  beforeAll(async () => {
    const project = tempProject();
    cleanup = project.cleanup;
    cpSync(join(fixturesDir, 'second-pathway', 'pathways'), join(project.contentDir, 'pathways'), { recursive: true });
    // A site of two pathways is named for both: site-wide words may name no one pathway (content check).
    const site = join(project.contentDir, 'site', 'site.yaml');
    writeFileSync(
      site,
      readFileSync(site, 'utf8').replace(
        /^name:\n {2}en: .*\n {2}cy: .*$/m,
        'name:\n  en: Healthcare apprenticeships in Wales\n  cy: Prentisiaethau gofal iechyd yng Nghymru',
      ),
    );
    result = await buildSite(project);
    if (result.code !== 0) throw new Error(`the build with a second pathway failed:\n${result.output}`);
  }, BUILD_TIMEOUT);

  it('prints no warning: a clean build is quiet, so a new warning shows', () => {
    expect(result.output.split('\n').filter((line) => /\bwarn(ing)?\b/i.test(line))).toEqual([]);
  });
  afterAll(() => {
    cleanup?.();
  });

  it('builds each of its pages in both languages, each toggle pointing to the counterpart', () => {
    const pairs = [
      [en, cy],
      [`${en}training/`, `${cy}hyfforddiant/`],
    ];
    for (const [english, welsh] of pairs) {
      const enPage = page(english!);
      const cyPage = page(welsh!);
      expect(enPage.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
      expect(cyPage.querySelector('html')?.getAttribute('lang')).toBe('cy');
      expect(enPage.querySelector('a.language-toggle')?.getAttribute('href')).toBe(welsh);
      expect(cyPage.querySelector('a.language-toggle')?.getAttribute('href')).toBe(english);
    }
  });

  it("shows its own facts, each level's, not the first pathway's", () => {
    const text = visibleText(page(cy).querySelector('main'));
    for (const level of fixturePathway.levels) {
      expect(text).toContain(level.name.cy);
      for (const q of level.qualifications.items) expect(text).toContain(q.title.cy);
    }
    // One of / all of, as each level's content says.
    expect(text).toContain(t.cy('qualifications-one-of'));
    expect(text).toContain(t.cy('qualifications-all-of'));
    const training = visibleText(page(`${en}training/`).querySelector('main'));
    for (const level of fixturePathway.levels)
      expect(training).toContain(factText(fixturePathway, 'onTheJobHours', 'en', words('en'), { level: level.level }));
  });

  it('shows the fact the pathway does not state as not stated, on its pages and in its open data, and the annex as to follow', () => {
    const level4 = fixturePathway.levels.find((level) => level.level === 4)!;
    expect(level4.trainingHours.offTheJob).toBe('not-stated');
    for (const lang of ['en', 'cy'] as const) {
      const training = visibleText(
        page(`/${lang}/${fixturePathway.slug[lang]}/${lang === 'en' ? 'training' : 'hyfforddiant'}/`).querySelector('main'),
      );
      expect(training).toContain(t[lang]('fact-not-stated'));
      const overview = visibleText(page(lang === 'en' ? en : cy).querySelector('main'));
      expect(overview).toContain(level4.qualifications.annex!.title[lang]);
      expect(overview).toContain(t[lang]('fact-to-follow'));
    }
    const data = JSON.parse(readFileSync(join(result.outDir, 'api', 'v2', 'pathways', `${fixturePathway.id}.json`), 'utf8'));
    expect(data.levels[1].trainingHours.offTheJob).toBeNull();
    expect(data.unstated).toContainEqual({ pointer: '/levels/1/trainingHours/offTheJob', reason: 'not-stated' });
    expect(data.unstated).toContainEqual({ pointer: '/legislation', reason: 'not-stated' });
    const index = JSON.parse(readFileSync(join(result.outDir, 'api', 'v2', 'pathways.json'), 'utf8'));
    expect(index.pathways.find((p: { id: string }) => p.id === fixturePathway.id).levels).toEqual(
      fixturePathway.levels.map((level) => ({ level: level.level, name: level.name })),
    );
  });

  it("fills each level's facts into its step by step and questions, and its checker asks for the level first", () => {
    for (const lang of ['en', 'cy'] as const) {
      const home = lang === 'en' ? en : cy;
      const steps = visibleText(page(`${home}${lang === 'en' ? 'step-by-step' : 'cam-wrth-gam'}/`).querySelector('main'));
      const questions = visibleText(page(`${home}${lang === 'en' ? 'questions' : 'cwestiynau'}/`).querySelector('main'));
      for (const level of fixturePathway.levels) {
        expect(steps).toContain(factText(fixturePathway, 'onTheJobHours', lang, words(lang), { level: level.level }).split(' ')[0]!);
        expect(questions).toContain(factText(fixturePathway, 'minimumCredits', lang, words(lang), { level: level.level }));
      }
      // Level 4's off-the-job hours are not stated: the step says so in words.
      expect(steps).toContain(t[lang]('fact-not-stated'));
      const checker = page(`${home}${lang === 'en' ? 'check' : 'gwirio'}/`);
      expect(visibleText(checker.querySelector('.checklist li'))).toContain(lang === 'en' ? 'two levels' : 'ddwy lefel');
      // The checker's own text fills a level's fact, as steps and questions do.
      expect(visibleText(checker.querySelector('.checklist'))).toContain(
        factText(fixturePathway, 'minimumCredits', lang, words(lang), { level: 4 }),
      );
    }
  });

  it('describes each level as a programme of its own for search engines, and names its levels on its share image', () => {
    const overview = page(en);
    const data = JSON.parse(overview.querySelector('script[type="application/ld+json"]')!.text);
    expect(data['@graph'].map((programme: { name: string }) => programme.name)).toEqual(
      fixturePathway.levels.map((level) => level.name.en),
    );
    expect(overview.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toContain(
      t.en('levels-n', { levels: '3 and 4' }),
    );
  });

  it('is listed on the home page in both languages', () => {
    for (const [lang, url] of [
      ['en', en],
      ['cy', cy],
    ] as const) {
      const home = page(`/${lang}/`);
      const link = home.querySelectorAll('main a').find((a) => a.getAttribute('href') === url);
      expect(link, `/${lang}/ has no link to ${url}`).toBeDefined();
      expect(visibleText(link)).toContain(fixturePathway.title[lang]);
    }
  });

  it("lists every pathway on the home page with its levels and each level's key facts, beside its own name", () => {
    for (const lang of ['en', 'cy'] as const) {
      const items = page(`/${lang}/`).querySelectorAll('main .pathway-list > li');
      expect(items.length, `/${lang}/`).toBe(2);
      for (const pathway of [clinicalCoding, fixturePathway]) {
        const item = items.find((li) => visibleText(li.querySelector('a')).includes(pathway.title[lang]));
        expect(item, `/${lang}/ does not list ${pathway.id}`).toBeDefined();
        expect(visibleText(item!.querySelector('a'))).toBe(pathwayName(t[lang], pathway, lang));
        const text = visibleText(item);
        for (const fact of levelFacts(pathway, lang)) expect(text).toContain(fact);
      }
    }
  });

  it("gives each pathway's pages its own checker link and source, and site pages no checker link", () => {
    const checkerLink = (url: string) => page(url).querySelector('.header-checker a')?.getAttribute('href');
    for (const lang of ['en', 'cy'] as const) {
      const own = `/${lang}/${clinicalCoding.slug[lang]}/`;
      expect(checkerLink(own)).toMatch(new RegExp(`^${own}[^/]+/$`));
      // The fixture pathway has its own checker: its pages link to it, never to the clinical coding one.
      const fixtureHome = lang === 'en' ? en : cy;
      expect(checkerLink(fixtureHome)).toMatch(new RegExp(`^${fixtureHome}[^/]+/$`));
      expect(checkerLink(`/${lang}/`)).toBeUndefined();
      const footer = (url: string) => visibleText(page(url).querySelector('footer'));
      expect(footer(lang === 'en' ? en : cy)).toContain(fixturePathway.title[lang]);
      expect(footer(lang === 'en' ? en : cy)).not.toContain(clinicalCoding.title[lang]);
      expect(footer(own)).not.toContain(fixturePathway.title[lang]);
      // A site page belongs to no pathway: it names the source of every one.
      expect(footer(`/${lang}/`)).toContain(fixturePathway.title[lang]);
      expect(footer(`/${lang}/`)).toContain(clinicalCoding.title[lang]);
    }
  });

  it.skipIf(noBrowser)(
    'searches across pathways: each result names its pathway, and the filter narrows them (both languages)',
    async () => {
      const server = await startServer({ root: result.outDir });
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const cases = [
          { lang: 'en', search: '/en/search/', query: 'training' },
          { lang: 'cy', search: '/cy/chwilio/', query: 'hyfforddiant' },
        ] as const;
        for (const { lang, search, query } of cases) {
          /** Every result, the reader having pressed "Show more results" where the page offers it. */
          const results = async (pathway: string) => {
            await page.waitForFunction(
              ([q, p]) => {
                const root = document.querySelector<HTMLElement>('[data-search-page]');
                return root?.dataset.searched === q && root?.dataset.searchedPathway === p;
              },
              [query, pathway],
            );
            const more = page.locator('[data-search-more]');
            if (await more.isVisible()) {
              await more.click();
              await more.waitFor({ state: 'hidden' });
            }
            return page.$$eval('[data-search-results] > li', (items) =>
              items.map((li) => ({
                url: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
                pathway: li.querySelector('.search-result-pathway')?.textContent ?? '',
              })),
            );
          };
          await page.goto(`${server.origin}${search}?q=${query}`);
          const all = await results('');
          const pathwayOf = (url: string) => [clinicalCoding, fixturePathway].find((p) => url.startsWith(`/${lang}/${p.slug[lang]}/`));
          expect(new Set(all.map((r) => pathwayOf(r.url)?.id).filter(Boolean))).toEqual(new Set([clinicalCoding.id, fixturePathway.id]));
          // A site page (the glossary, say) belongs to no pathway and says none.
          for (const r of all)
            expect(r.pathway, r.url).toBe(
              pathwayOf(r.url) ? t[lang]('search-result-pathway', { pathway: pathwayName(t[lang], pathwayOf(r.url)!, lang) }) : '',
            );

          await page.selectOption('#search-page-pathway', fixturePathway.id);
          const narrowed = await results(fixturePathway.id);
          expect(narrowed.length).toBeGreaterThan(0);
          expect(narrowed.length).toBeLessThan(all.length);
          for (const r of narrowed) expect(pathwayOf(r.url)?.id, r.url).toBe(fixturePathway.id);
          // The narrowed search is in the address, so it can be shared and reloaded.
          expect(new URL(page.url()).searchParams.get('pathway')).toBe(fixturePathway.id);
          await page.reload();
          expect((await results(fixturePathway.id)).map((r) => r.url)).toEqual(narrowed.map((r) => r.url));
        }
      } finally {
        await browser.close();
        await server.close();
      }
    },
    600_000,
  );

  it('leaves the clinical coding pathway in place', () => {
    expect(visibleText(page('/en/clinical-coding/').querySelector('h1'))).not.toBe('');
    expect(visibleText(page('/cy/codio-clinigol/').querySelector('h1'))).not.toBe('');
  });
});
