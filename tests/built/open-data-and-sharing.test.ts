/**
 * The built open data, provenance, JSON-LD and sharing tags, compared with the content: every
 * JSON file under dist/api/ follows the schema built beside it, every page can be shared with its
 * own title, language and picture, and each pathway's own page tells search engines its facts and
 * where the pathway is published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnstated } from '../../src/schemas/unstated';
import { INVENTORY_FILE } from '../../src/hosting/host-files';
import { content, t } from '../support/content';
import { parsedPages, singleLanguagePages, pageAt, siteUrl } from '../support/site-pages';
import { distDir } from '../support/paths';
import { visibleText } from '../support/html';
import { jsonSchemaValidator } from '../../src/hosting/json-schema-validator';
import { openDataInputs } from '../../src/astro/open-data';
import { API_PATHS, jsonFile, pathwayDocument } from '../../src/lib/open-data/documents';
import { documentFields } from '../../src/lib/open-data/fields';
import { shareImageContent } from '../../src/astro/share-image-content';
import { renderPng } from '../../src/astro/share-image';
import { findRoute, routeKey, SITE_OWNER } from '../../src/lib/routing/routes';
import { htmlLang, locales, otherLocale } from '../../src/lib/i18n/locale';
import { SEARCH_WORDS_FILE } from '../../src/lib/search/aliases';

const readJson = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
const absolute = (path: string) => new URL(path, siteUrl).href;

describe('open data files', () => {
  const validatePathway = jsonSchemaValidator(readJson(API_PATHS.pathwaySchema));
  const validateIndex = jsonSchemaValidator(readJson(API_PATHS.indexSchema));
  const pathwayFiles = readdirSync(join(distDir, 'api/v2/pathways')).sort();

  it('has one file per pathway, and the index lists each', () => {
    expect(pathwayFiles).toEqual(content.pathways.map((p) => `${p.id}.json`).sort());
    expect(readJson(API_PATHS.index).pathways.map((p: { data: string }) => p.data)).toEqual(
      content.pathways.map((p) => absolute(API_PATHS.pathway(p.id))),
    );
  });

  it.each(pathwayFiles)('pathways/%s follows the built pathway schema and is the pathway as the content gives it', (file) => {
    const data = readJson(`api/v2/pathways/${file}`);
    expect(validatePathway(data)).toEqual([]);
    const pathway = content.pathways.find((p) => `${p.id}.json` === file)!;
    expect(readFileSync(join(distDir, 'api/v2/pathways', file), 'utf8')).toBe(
      jsonFile(pathwayDocument(pathway, openDataInputs(content, siteUrl))),
    );
  });

  it('pathways.json follows the built index schema', () => {
    expect(validateIndex(readJson(API_PATHS.index))).toEqual([]);
  });

  it('holds only the open data: the file that hands the search aliases to the indexer is not published', () => {
    expect(existsSync(join(distDir, SEARCH_WORDS_FILE))).toBe(false);
    expect(
      readdirSync(distDir)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual([INVENTORY_FILE, 'staticwebapp.config.json'].sort());
  });
});

describe('the open data page', () => {
  const pages = locales.map((lang) => pageAt(findRoute(content.routes, routeKey(SITE_OWNER, 'open-data'), lang)!.url));

  it.each(pages.map((p) => [p.url, p] as const))('%s links every file and the Open Government Licence in its language', (_url, page) => {
    const hrefs = page.doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const path of [API_PATHS.index, API_PATHS.pathwaySchema, ...content.pathways.map((p) => API_PATHS.pathway(p.id))])
      expect(hrefs).toContain(path);
    expect(hrefs).toContain(t[page.lang!]('licence-url'));
  });

  it.each(pages.map((p) => [p.url, p] as const))(
    "%s documents every field of a pathway's data, described in its language",
    (_url, page) => {
      const table = page.doc
        .querySelectorAll('table')
        .find((el) => visibleText(el.querySelector('caption')) === t[page.lang!]('open-data-fields-caption'))!;
      const rows = table.querySelectorAll('tbody tr');
      expect(rows.map((row) => visibleText(row.querySelector('th')))).toEqual(documentFields('pathway').map((field) => field.path));
      expect(visibleText(rows[0]!.querySelectorAll('td')[1])).toBe(t[page.lang!]('open-data-field-id'));
    },
  );

  it('is linked from the footer of every page', () => {
    for (const page of singleLanguagePages()) {
      const route = findRoute(content.routes, routeKey(SITE_OWNER, 'open-data'), page.lang!)!;
      expect(
        page.doc.querySelectorAll('footer a').map((a) => a.getAttribute('href')),
        page.url,
      ).toContain(route.url);
    }
  });
});

describe('where the pathway is published', () => {
  for (const pathway of content.pathways) {
    it.each(locales)(
      `${pathway.id}: the key facts (%s) link the published pathway in the reader's language where its address is known, else the other's, the link saying which language it is in`,
      (lang) => {
        const page = pageAt(findRoute(content.routes, routeKey(pathway.id, pathway.pages[0]!), lang)!.url);
        const language = isUnstated(pathway.published[lang]) ? otherLocale(lang) : lang;
        const url = pathway.published[language] as string;
        const link = page.doc.querySelectorAll('.key-facts a').find((a) => a.getAttribute('href') === url);
        expect(link, 'no link to the published pathway').toBeDefined();
        expect(link!.getAttribute('hreflang')).toBe(htmlLang[language]);
        if (lang === language) expect(visibleText(link!)).toBe(t[lang]('source-link'));
        else expect(visibleText(link!)).toBe(`${t[lang]('source-link')} ${t[lang](`source-in-${language}`)}`);
      },
    );
  }
  it('the footer of every page links the published pathway of the pathway it belongs to, or of every pathway on a site page', () => {
    const addresses = (pathway: (typeof content.pathways)[number]) => Object.values(pathway.published).filter((url) => !isUnstated(url));
    for (const page of singleLanguagePages()) {
      const hrefs = page.doc.querySelectorAll('footer a').map((a) => a.getAttribute('href'));
      const own = content.pathways.filter((pathway) => page.url.startsWith(`/${page.lang}/${pathway.slug[page.lang!]}/`));
      for (const pathway of own.length ? own : content.pathways)
        expect(
          addresses(pathway).some((url) => hrefs.includes(url)),
          page.url,
        ).toBe(true);
    }
  });
  it("wherever a page links a published pathway in the other language (footer, key facts, open data, contact), the link's own words say which language that page is in", () => {
    const sources = content.pathways.flatMap((pathway) =>
      locales.flatMap((language) =>
        isUnstated(pathway.published[language]) ? [] : [{ url: pathway.published[language] as string, language }],
      ),
    );
    let checked = 0;
    for (const page of singleLanguagePages()) {
      for (const link of page.doc.querySelectorAll('a[href]')) {
        const source = sources.find((s) => s.url === link.getAttribute('href'));
        if (!source) continue;
        checked += 1;
        expect(link.getAttribute('hreflang'), page.url).toBe(htmlLang[source.language]);
        const said = visibleText(link);
        if (source.language === page.lang) expect(said, page.url).toBe(t[page.lang!]('source-link'));
        else expect(said, page.url).toBe(`${t[page.lang!]('source-link')} ${t[page.lang!](`source-in-${source.language}`)}`);
      }
    }
    expect(checked).toBeGreaterThan(singleLanguagePages().length);
  });
});

describe('JSON-LD', () => {
  const jsonLd = (url: string) =>
    pageAt(url)
      .doc.querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text));
  for (const pathway of content.pathways) {
    it.each(locales)(
      `${pathway.id}: its own page (%s) describes the programme and its qualification from the data, citing the source`,
      (lang) => {
        const route = findRoute(content.routes, routeKey(pathway.id, pathway.pages[0]!), lang)!;
        const [data, ...more] = jsonLd(route.url);
        expect(more).toEqual([]);
        expect(data['@context']).toBe('https://schema.org');
        // One programme a level: the object itself, or each in its @graph.
        const programmes = (data['@graph'] ?? [data]) as Record<string, unknown>[];
        expect(programmes).toHaveLength(pathway.levels.length);
        pathway.levels.forEach((level, index) => {
          const programme = programmes[index]!;
          expect(programme['@type']).toBe('EducationalOccupationalProgram');
          expect(programme.name).toBe(level.name[lang]);
          expect(programme.url).toBe(absolute(route.url));
          if (isUnstated(level.minimumCredits)) expect(programme).not.toHaveProperty('numberOfCredits');
          else expect(programme.numberOfCredits).toBe(level.minimumCredits);
          const credentials = [programme.educationalCredentialAwarded].flat() as Record<string, unknown>[];
          expect(credentials.map((credential) => credential.name)).toEqual(level.qualifications.items.map((q) => q.title[lang]));
          level.qualifications.items.forEach((q, i) => {
            if (isUnstated(q.number)) expect(credentials[i]).not.toHaveProperty('identifier');
            else expect(credentials[i]!.identifier).toBe(q.number);
          });
          const cited = isUnstated(pathway.published[lang]) ? pathway.published[lang === 'en' ? 'cy' : 'en'] : pathway.published[lang];
          expect(programme.sameAs).toBe(cited);
        });
      },
    );
  }
  it('is on no other page', () => {
    const owners = new Set(
      content.pathways.flatMap((p) => locales.map((lang) => findRoute(content.routes, routeKey(p.id, p.pages[0]!), lang)!.url)),
    );
    expect(
      parsedPages()
        .filter((page) => !owners.has(page.url) && jsonLd(page.url).length)
        .map((page) => page.url),
    ).toEqual([]);
  });
});

describe('sharing a page (Open Graph, Twitter card)', () => {
  const meta = (page: ReturnType<typeof pageAt>, name: string) =>
    page.doc.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`).map((m) => m.getAttribute('content'));
  const ogLocale = { en: 'en_GB', cy: 'cy_GB' } as const;
  const sharable = [...singleLanguagePages(), pageAt('/')];

  it.each(sharable.map((p) => [p.url, p] as const))('%s says its own title, description, address and language', (_url, page) => {
    const lang = page.lang ?? 'cy';
    expect(meta(page, 'og:url')).toEqual([page.doc.querySelector('link[rel="canonical"]')!.getAttribute('href')]);
    expect(meta(page, 'og:title')[0]).toBeTruthy();
    expect(meta(page, 'og:description')).toEqual([page.doc.querySelector('meta[name="description"]')!.getAttribute('content')]);
    expect(meta(page, 'og:site_name')[0]).toContain(content.site.name[lang]);
    expect(meta(page, 'og:locale')).toEqual([ogLocale[lang]]);
    expect(meta(page, 'og:locale:alternate')).toEqual([ogLocale[otherLocale(lang)]]);
    expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
    const image = meta(page, 'og:image')[0]!;
    expect(meta(page, 'twitter:image')).toEqual([image]);
    expect(image.startsWith(`${siteUrl.origin}/share/`)).toBe(true);
  });

  it("a pathway's pages share its picture in their language; the site's pages the site's", () => {
    for (const page of singleLanguagePages()) {
      const image = new URL(meta(page, 'og:image')[0]!).pathname;
      const owner = page.route!.owner === SITE_OWNER ? 'site' : page.route!.owner;
      expect(image, page.url).toBe(`/share/${owner}-${page.lang}.png`);
    }
  });

  it('every share image is a 1200×630 PNG, drawn the same way every time from its text', async () => {
    for (const image of shareImageContent(content)) {
      const png = readFileSync(join(distDir, image.path));
      expect(png.subarray(1, 4).toString('latin1'), image.path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect((await renderPng(image.text)).equals(png), `${image.path} differs when drawn again`).toBe(true);
    }
  });
});
