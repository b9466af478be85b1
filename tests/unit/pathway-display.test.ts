/** A pathway's lists as pages show them (src/lib/pathway/display.ts), from the real content. */
import { describe, expect, it } from 'vitest';
import { listItems, shownItems } from '../../src/lib/pathway/display';
import { findRoute, routeKey } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/i18n/locale';
import { content } from '../support/content';

describe.each(locales)('shownItems (%s)', (lang) => {
  const pathway = content.pathways[0]!;
  const pageUrlOf = (page: string) => findRoute(content.routes, routeKey(pathway.id, page), lang)!.url;

  it("shows each item in the page's language, with its note", () => {
    const level = pathway.levels[0]!;
    const prior = level.priorQualifications as Exclude<typeof level.priorQualifications, string>;
    const shown = shownItems(
      pathway,
      listItems(pathway, 'priorQualifications', level) as typeof prior,
      content.routes,
      lang,
      pageUrlOf(pathway.pages[0]!),
    );
    expect(shown.map((item) => item.text)).toEqual(prior.map((item) => item.text[lang]));
    expect(shown.map((item) => item.note)).toEqual(prior.map((item) => item.creditTransferNote?.[lang]));
  });

  it("links an item to the section it points to, except on that very section's page", () => {
    const items = pathway.additionalRequirements;
    expect(items.length).toBeGreaterThan(0);
    const elsewhere = shownItems(pathway, items, content.routes, lang, pageUrlOf(pathway.pages[0]!));
    elsewhere.forEach((item, index) => {
      const see = items[index]!.see;
      expect(item.href).toBe(`${pageUrlOf(see.page)}${see.section ? `#${see.section}` : ''}`);
    });
    const target = items.find((item) => item.see.section)!;
    const there = shownItems(pathway, items, content.routes, lang, pageUrlOf(target.see.page));
    expect(there[items.indexOf(target)]!.href).toBeUndefined();
  });

  it("takes a level's list from the level, and says when the pathway gives none", () => {
    const level = pathway.levels[0]!;
    expect(listItems(pathway, 'entryRoutes', level)).toBe(level.entryRoutes);
    expect(listItems(pathway, 'legislation', level)).toBe(pathway.legislation);
    expect(listItems({ ...pathway, legislation: 'not-stated' }, 'legislation', undefined)).toBe('not-stated');
    expect(() => listItems(pathway, 'entryRoutes', undefined)).toThrow('entryRoutes is a list of one level');
  });
});
