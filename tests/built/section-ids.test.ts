/**
 * A page and its counterpart in the other language have the same sections, under the same ids, so
 * that a link to a section, and the language toggle keeping the reader's place, work in either.
 */
import { describe, expect, it } from 'vitest';
import { singleLanguagePages, pageAt } from '../support/site-pages';
import { findRoute } from '../../src/lib/routing/routes';
import { content } from '../support/content';

const sectionIds = (url: string) =>
  pageAt(url)
    .doc.querySelectorAll('main h2[id], main h3[id], main dt[id]')
    .map((element) => element.id);

describe('section ids in both languages', () => {
  const pairs = singleLanguagePages()
    .filter((page) => page.lang === 'en' && page.route)
    .map((page) => ({ en: page.url, cy: findRoute(content.routes, page.route!.key, 'cy')?.url }))
    .filter((pair): pair is { en: string; cy: string } => pair.cy !== undefined);

  it('covers every page with a counterpart', () => {
    expect(pairs.length).toBeGreaterThan(15);
  });

  it.each(pairs.map((pair) => [pair.en, pair.cy]))('%s and %s have the same section ids, in the same order', (en, cy) => {
    expect(sectionIds(cy)).toEqual(sectionIds(en));
  });
});
