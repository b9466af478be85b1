/**
 * Every language-neutral fact in pathway.yaml appears on the pages where a reader looks for it,
 * in both languages, with the same number or code. Values are read from the data and formatted
 * by the site's own locale helpers, never copied into this file.
 */
import { describe, expect, it } from 'vitest';
import { content, t } from '../support/content';
import { pageAt } from '../support/site-pages';
import { visibleText } from '../support/html';
import { findRoute, routeKey } from '../../src/lib/routes';
import { locales, type Locale } from '../../src/lib/locale';
import { formatDate, formatNumber } from '../../src/lib/format';
import { formatList } from '../../src/lib/format';
import { ownLanguageFirst } from '../../src/lib/locale';

const { pathways, routes } = content;

/** Matches a number or code on its own, not inside a longer one ("48" is not found in "480"). */
function standalone(value: string): RegExp {
  return new RegExp(`(?<![\\w/.,])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/]|[.,]\\d)`);
}

describe.each(pathways.map((p) => [p.id, p] as const))('facts of the %s pathway', (_id, pathway) => {
  const mainText = (pageId: string, lang: Locale) => {
    const route = findRoute(routes, routeKey(pathway.id, pageId), lang);
    if (!route) throw new Error(`pathway ${pathway.id} has no ${lang} page "${pageId}"`);
    return visibleText(pageAt(route.url).doc.querySelector('main'));
  };
  const n = (value: number, lang: Locale) => formatNumber(value, lang);
  const q = pathway.qualification;

  /** fact → the pages it must be on → its text in each language. */
  type Fact = { fact: string; pages: string[]; text: (lang: Locale) => string };
  const all: Fact[] = [
    { fact: 'level', pages: ['overview', 'qualifications'], text: (l) => t[l]('level-n', { n: n(pathway.level, l) }) },
    { fact: 'minimum credits', pages: ['overview', 'qualifications'], text: (l) => n(pathway.minimumCredits, l) },
    { fact: 'qualification title', pages: ['overview', 'qualifications'], text: (l) => q.title[l] },
    { fact: 'qualification number', pages: ['overview', 'qualifications', 'employers'], text: () => q.number },
    { fact: 'credit value', pages: ['qualifications'], text: (l) => n(q.creditValue, l) },
    { fact: 'total qualification time', pages: ['overview', 'qualifications'], text: (l) => n(q.totalQualificationTime, l) },
    { fact: 'qualification type', pages: ['qualifications'], text: (l) => t[l](`type-${q.type}`) },
    {
      fact: 'assessment languages',
      pages: ['overview', 'qualifications'],
      // The page's own language first: "Cymraeg a Saesneg" on Welsh pages.
      text: (l) => formatList(ownLanguageFirst(q.assessmentLanguages, l).map((language) => t[l](`language-${language}`)), l),
    },
    { fact: 'minimum on-the-job hours', pages: ['overview', 'training', 'employers'], text: (l) => n(pathway.trainingHours.onTheJob, l) },
    { fact: 'minimum off-the-job hours', pages: ['overview', 'training', 'employers'], text: (l) => n(pathway.trainingHours.offTheJob, l) },
    { fact: 'revision date', pages: ['overview', 'responsibilities'], text: (l) => formatDate(pathway.revisionDate, l) },
    { fact: 'awarding body', pages: ['overview', 'qualifications'], text: () => pathway.bodies.awarding.name },
    { fact: 'funding body', pages: ['overview', 'responsibilities'], text: (l) => pathway.bodies.funding.name[l] },
    { fact: 'approving body', pages: ['overview', 'responsibilities'], text: (l) => pathway.bodies.approving.name[l] },
    ...pathway.essentialSkills.flatMap((skill) => [
      { fact: `Essential Skills unit "${skill.id}"`, pages: ['qualifications', 'training', 'employers'], text: (l: Locale) => skill.name[l] },
      { fact: `"${skill.id}" credits`, pages: ['training'], text: (l: Locale) => n(skill.credits, l) },
      { fact: `"${skill.id}" GLH`, pages: ['training'], text: (l: Locale) => n(skill.glh, l) },
    ]),
  ];
  // A pathway without one of these pages (a smaller fixture pathway) skips its facts.
  const facts = all.filter((fact) => fact.pages.every((page) => pathway.pages.includes(page)));

  const cases = facts.flatMap((fact) => fact.pages.flatMap((page) => locales.map((lang) => [fact.fact, page, lang, fact] as const)));
  it.each(cases)('%s is on the %s page in %s', (_fact, page, lang, fact) => {
    expect(mainText(page, lang)).toMatch(standalone(fact.text(lang)));
  });

  it.each(locales)('each Essential Skills unit\'s level, credits and GLH are in its row of the table on the qualifications page (%s)', (lang) => {
    const route = findRoute(routes, routeKey(pathway.id, 'qualifications'), lang)!;
    const rows = pageAt(route.url).doc.querySelectorAll('main tr');
    for (const skill of pathway.essentialSkills) {
      const row = rows.find((tr) => visibleText(tr.querySelector('th')) === skill.name[lang]);
      expect(row, `no table row for ${skill.name[lang]}`).toBeDefined();
      expect(row!.querySelectorAll('td').map((td) => visibleText(td))).toEqual([skill.level, skill.credits, skill.glh].map((v) => n(v, lang)));
    }
  });

  it.each(locales)('every page of the pathway shows when it was last updated, in its language (%s)', (lang) => {
    const date = formatDate(pathway.revisionDate, lang);
    for (const pageId of pathway.pages) {
      const route = findRoute(routes, routeKey(pathway.id, pageId), lang)!;
      const time = pageAt(route.url).doc.querySelector('main .last-updated time');
      expect(visibleText(time), route.url).toBe(date);
      expect(time?.getAttribute('datetime'), route.url).toBe(pathway.revisionDate);
    }
  });
});
