/** A pathway's lists as pages show them (src/lib/item-lists.ts), from the real content. */
import { describe, expect, it } from 'vitest';
import { shownItems } from '../../src/lib/item-lists';
import { findRoute, routeKey } from '../../src/lib/routes';
import { locales } from '../../src/lib/locale';
import { content } from '../support/content';

describe.each(locales)('shownItems (%s)', (lang) => {
  const pathway = content.pathways[0]!;
  const urlOf = (page: string) => findRoute(content.routes, routeKey(pathway.id, page), lang)!.url;

  it('shows each item in the page\'s language, with its note', () => {
    const shown = shownItems(pathway, 'priorQualifications', content.routes, lang, urlOf(pathway.pages[0]!));
    expect(shown.map((item) => item.text)).toEqual(pathway.priorQualifications.map((item) => item.text[lang]));
    expect(shown.map((item) => item.note)).toEqual(pathway.priorQualifications.map((item) => item.creditTransferNote?.[lang]));
  });

  it('links an item to the section it points to, except on that very section\'s page', () => {
    const items = pathway.additionalRequirements;
    expect(items.length).toBeGreaterThan(0);
    const elsewhere = shownItems(pathway, 'additionalRequirements', content.routes, lang, urlOf(pathway.pages[0]!));
    elsewhere.forEach((item, index) => {
      const see = items[index]!.see;
      expect(item.href).toBe(`${urlOf(see.page)}${see.section ? `#${see.section}` : ''}`);
    });
    const target = items.find((item) => item.see.section)!;
    const there = shownItems(pathway, 'additionalRequirements', content.routes, lang, urlOf(target.see.page));
    expect(there[items.indexOf(target)]!.href).toBeUndefined();
  });
});
