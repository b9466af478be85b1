/**
 * Every page in dist/, site pages included (landing, home, glossary, accessibility, search, 404),
 * carries no script but the site's own, no inline script or event handler (but the search field's),
 * no embedded document, no javascript:, data:, http: or protocol-relative address, and no form
 * that submits to another origin. See tests/support/unsafe-markup.ts.
 */
import { describe, expect, it } from 'vitest';
import { parsedPages, siteUrl } from '../support/site-pages';
import { content } from '../support/content';
import { unsafeMarkup } from '../support/unsafe-markup';
import { SITE_OWNER } from '../../src/lib/routing/routes';

const pages = parsedPages();

describe('nothing unsafe on any built page', () => {
  it('checks the site pages and the bilingual pages as well as the pathway pages', () => {
    const urls = new Set(pages.map((p) => p.url));
    const expected = ['/', '/404.html', ...content.routes.filter((r) => r.owner === SITE_OWNER).map((r) => r.url)];
    expect(expected.filter((url) => !urls.has(url))).toEqual([]);
    expect(pages.some((p) => p.route && p.route.owner !== SITE_OWNER)).toBe(true);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
    expect(unsafeMarkup(page.html, new URL(page.url, siteUrl))).toEqual([]);
  });
});
