/**
 * What search engines and shared links read: the JSON-LD of a pathway (src/lib/seo/json-ld.ts), the
 * sitemap and robots.txt (src/lib/seo/sitemap.ts), the share images' SVG (src/lib/seo/share-image.ts) and
 * the one setting for the site's address (src/lib/seo/site-url.ts).
 */
import { describe, expect, it } from 'vitest';
import { content, t } from '../support/content';
import { jsonLdText, pathwayJsonLd } from '../../src/lib/seo/json-ld';
import { publishedSource } from '../../src/lib/pathway/published-source';
import { robotsTxt, sitemapEntries, sitemapXml } from '../../src/lib/seo/sitemap';
import { shareImagePath, shareImageSvg, wrap } from '../../src/lib/seo/share-image';
import { DEFAULT_SITE_URL, siteUrlFrom } from '../../src/lib/seo/site-url';
import { alternates } from '../../src/lib/routing/routes';
import { parseHtml } from '../support/html';

const pathway = content.pathways[0]!;
const site = new URL('https://example.test');

describe('JSON-LD of a pathway', () => {
  const data = pathwayJsonLd(pathway, 'cy', t.cy, { url: 'https://example.test/cy/x/', description: 'Disgrifiad' });
  it("is an EducationalOccupationalProgram awarding the qualification as an EducationalOccupationalCredential, in the page's language", () => {
    expect(data['@type']).toBe('EducationalOccupationalProgram');
    const level = pathway.levels[0]!;
    expect(data.name).toBe(level.name.cy);
    const credential = data.educationalCredentialAwarded as Record<string, unknown>;
    expect(credential['@type']).toBe('EducationalOccupationalCredential');
    expect(credential.name).toBe(level.qualifications.items[0]!.title.cy);
    expect(credential.identifier).toBe(level.qualifications.items[0]!.number);
    expect(credential.educationalLevel).toBe(t.cy('level-n', { n: level.level }));
    expect(data.numberOfCredits).toBe(level.minimumCredits);
  });
  it("cites where the pathway is published: in the page's language where that address is known, else the other, saying which", () => {
    const cited = pathway.published.cy === 'not-stated' ? pathway.published.en : pathway.published.cy;
    expect(data.sameAs).toBe(cited);
    const subject = data.subjectOf as Record<string, unknown>;
    expect(subject.url).toBe(cited);
    expect(subject.inLanguage).toBe(pathway.published.cy === 'not-stated' ? 'en-GB' : 'cy-GB');
    expect(subject.name).toBe(publishedSource(pathway, 'cy', t.cy)!.text);
  });
  it('gives one programme a level, and leaves out what the pathway does not state', () => {
    const level = pathway.levels[0]!;
    const two = {
      ...pathway,
      levels: [
        { ...level, level: 3, name: { en: 'Health Records', cy: 'Cofnodion Iechyd' }, minimumCredits: 'not-stated' as const },
        level,
      ],
    };
    const graph = pathwayJsonLd(two, 'en', t.en, { url: 'https://example.test/en/x/', description: 'D' })['@graph'] as Record<
      string,
      unknown
    >[];
    expect(graph.map((programme) => programme.name)).toEqual(['Health Records', level.name.en]);
    expect(graph[0]).not.toHaveProperty('numberOfCredits');
    expect(graph[1]!.numberOfCredits).toBe(level.minimumCredits);
    const unsourced = pathwayJsonLd({ ...pathway, published: { en: 'not-stated', cy: 'not-stated' } }, 'en', t.en, {
      url: 'https://example.test/en/x/',
      description: 'D',
    });
    expect(unsourced).not.toHaveProperty('sameAs');
  });
  it('states no duration, salary or provider, which the source does not give', () => {
    for (const key of ['timeToComplete', 'provider', 'offers', 'salaryUponCompletion', 'trainingSalary', 'educationalProgramMode'])
      expect(data).not.toHaveProperty(key);
  });
  it('is written so that nothing in it can end its <script> element', () => {
    const hostile = { name: '</script><script>alert(1)</script><!--', other: 'a & b > c \u2028' };
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
    const doc = parseHtml(`<head><script type="application/ld+json">${text}</script></head>`);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });
});

describe('sitemap.xml', () => {
  const entries = sitemapEntries(content.routes, site);
  it('lists every page once, and the bilingual landing page', () => {
    const locs = entries.map((entry) => entry.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.sort()).toEqual([new URL('/', site).href, ...content.routes.map((route) => new URL(route.url, site).href)].sort());
  });
  it('gives each page its address in each language, as its <head> does', () => {
    for (const route of content.routes) {
      const entry = entries.find((e) => e.loc === new URL(route.url, site).href)!;
      const urls = alternates(content.routes, route.key);
      expect(Object.fromEntries(entry.alternates)).toEqual({
        'en-GB': new URL(urls.en!, site).href,
        cy: new URL(urls.cy!, site).href,
        'x-default': new URL(urls.en!, site).href,
      });
    }
  });
  it('escapes addresses as XML', () => {
    expect(sitemapXml([{ loc: 'https://example.test/?a=1&b=2', alternates: [] }])).toContain(
      '<loc>https://example.test/?a=1&#38;b=2</loc>',
    );
  });
  it('is named by robots.txt', () => {
    expect(robotsTxt(site)).toContain('Sitemap: https://example.test/sitemap.xml\n');
  });
});

describe('share images', () => {
  it('wraps words into lines no longer than asked, keeping a long word whole', () => {
    expect(wrap('Llwybr prentisiaeth Lefel 4 yng Nghymru', 20)).toEqual(['Llwybr prentisiaeth', 'Lefel 4 yng Nghymru']);
    expect(wrap('Gwasanaethauiechydcyhoeddus a', 10)).toEqual(['Gwasanaethauiechydcyhoeddus', 'a']);
  });
  it('draws the text it is given, escaped, at 1200×630', () => {
    const svg = shareImageSvg({ label: 'Site', title: 'A & <B>', subtitle: 'Lefel 4' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('A &#38; &#60;B&#62;');
    expect(svg).not.toContain('<B>');
  });
  it('has one address per owner and language', () => {
    expect(shareImagePath(pathway.id, 'cy')).not.toBe(shareImagePath(pathway.id, 'en'));
  });
});

describe("the site's address (SITE_URL)", () => {
  it('defaults to the documented address, and takes an origin', () => {
    expect(siteUrlFrom(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFrom('')).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFrom('https://prentisiaethau.example.cymru/')).toBe('https://prentisiaethau.example.cymru');
  });
  it('refuses what is not the origin of a site', () => {
    expect(() => siteUrlFrom('example.wales')).toThrow(/not an address/);
    expect(() => siteUrlFrom('ftp://example.wales')).toThrow(/https/);
    expect(() => siteUrlFrom('http://example.wales')).toThrow(/https/);
    expect(() => siteUrlFrom('javascript:alert(1)')).toThrow(/https/);
    expect(() => siteUrlFrom('https://user:secret@example.wales')).toThrow(/origin only/);
    expect(() => siteUrlFrom('https://example.wales/clinical-coding/')).toThrow(/origin only/);
  });
});

describe('where the pathway is published (src/lib/pathway/published-source.ts)', () => {
  const en = 'https://findanapprenticeship.service.gov.wales/find-an-apprenticeship-framework/healthcare/x';
  const cy = 'https://example.test/cy/x';
  const withSource = (source: { en: string; cy: string }) => ({ ...pathway, published: source }) as typeof pathway;
  it('links a Welsh page to the English page, saying in the link that it is an English page, when the Welsh address is not stated', () => {
    const link = publishedSource(withSource({ en, cy: 'not-stated' }), 'cy', t.cy)!;
    expect(link).toEqual({ url: en, language: 'en', text: `${t.cy('source-link')} ${t.cy('source-in-en')}` });
    expect(link.text).toContain('(tudalen Saesneg)');
  });
  it('links each language to its own page, with no note, when both addresses are known', () => {
    for (const lang of ['en', 'cy'] as const) {
      const link = publishedSource(withSource({ en, cy }), lang, t[lang])!;
      expect(link).toEqual({ url: lang === 'en' ? en : cy, language: lang, text: t[lang]('source-link') });
    }
  });
  it('links an English page to the Welsh page, saying so, when only the Welsh address is known', () => {
    expect(publishedSource(withSource({ en: 'not-stated', cy }), 'en', t.en)).toEqual({
      url: cy,
      language: 'cy',
      text: `${t.en('source-link')} ${t.en('source-in-cy')}`,
    });
  });
  it('never guesses: with no address known there is no link', () => {
    expect(publishedSource(withSource({ en: 'not-stated', cy: 'not-stated' }), 'cy', t.cy)).toBeUndefined();
  });
});
