/**
 * Every language-neutral fact in pathway.yaml appears where the content puts it, in both
 * languages, with the same number or code: on every page whose MDX shows it (a <Fact>, or a
 * component that shows it), for each level. Which pages those are comes from the content, never
 * from one pathway's page ids; values are read from the data and formatted by the site's own
 * locale helpers. A fact the pathway does not state is shown in words, never as a number.
 */
import { describe, expect, it } from 'vitest';
import { content, t } from '../support/content';
import { pageAt } from '../support/site-pages';
import { visibleText } from '../support/html';
import { findRoute, routeKey } from '../../src/lib/routing/routes';
import { locales, ownLanguageFirst, type Locale } from '../../src/lib/i18n/locale';
import { formatDate, formatList, formatNumber } from '../../src/lib/i18n/format';
import { levelFactNames, frameworkFactNames } from '../../src/lib/pathway/facts';
import { isUnstated } from '../../src/schemas/unstated';
import type { Pathway, PathwayLevel } from '../../src/schemas/pathway';

const { pathways, routes, pages } = content;

/** Matches a number or code on its own, not inside a longer one ("48" is not found in "480"). */
function standalone(value: string): RegExp {
  return new RegExp(`(?<![\\w/.,])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/]|[.,]\\d)`);
}

/** A fact, the components that show it, and its text in a language (undefined: not stated). */
interface Fact {
  name: string;
  components: string[];
  text: (lang: Locale) => string;
}

function factsOf(pathway: Pathway, level: PathwayLevel): Fact[] {
  const n = (value: number | string, lang: Locale) => (isUnstated(value) ? t[lang](`fact-${value}`) : formatNumber(value as number, lang));
  const stated = <T>(value: T | 'not-stated' | 'to-follow', lang: Locale, show: (value: T) => string) =>
    isUnstated(value) ? t[lang](`fact-${value}`) : show(value);
  const one = level.qualifications.items.length === 1 ? level.qualifications.items[0] : undefined;
  const facts: Fact[] = [
    { name: 'levelName', components: ['KeyFacts'], text: (l) => level.name[l] },
    { name: 'minimumCredits', components: ['KeyFacts'], text: (l) => n(level.minimumCredits, l) },
    { name: 'onTheJobHours', components: ['KeyFacts', 'TrainingHoursTable'], text: (l) => n(level.trainingHours.onTheJob, l) },
    { name: 'offTheJobHours', components: ['KeyFacts', 'TrainingHoursTable'], text: (l) => n(level.trainingHours.offTheJob, l) },
    ...level.qualifications.items.flatMap((q): Fact[] => [
      { name: 'qualificationTitle', components: ['KeyFacts', 'QualificationTable'], text: (l) => q.title[l] },
      {
        name: 'qualificationNumber',
        components: ['QualificationTable', ...(one ? ['KeyFacts'] : [])],
        text: (l) => stated(q.number, l, (v) => v),
      },
      { name: 'creditValue', components: ['QualificationTable'], text: (l) => n(q.creditValue, l) },
      {
        name: 'totalQualificationTime',
        components: ['QualificationTable', ...(one ? ['KeyFacts'] : [])],
        text: (l) => n(q.totalQualificationTime, l),
      },
      {
        name: 'awardingBody',
        components: ['QualificationTable', ...(one ? ['KeyFacts'] : [])],
        text: (l) => stated(q.awardingBody, l, (body) => body.name[l]),
      },
      {
        name: 'assessmentLanguages',
        components: ['QualificationTable', ...(one ? ['KeyFacts'] : [])],
        // The page's own language first: "Cymraeg a Saesneg" on Welsh pages.
        // A choice, never "and" (read as both): "English or Welsh: you choose", "Cymraeg neu Saesneg: chi sy'n dewis".
        text: (l) =>
          stated(q.assessmentLanguages, l, (languages) => {
            const names = ownLanguageFirst(languages, l).map((language) => t[l](`language-${language}`));
            return names.length === 1 ? names[0]! : t[l]('languages-you-choose', { languages: names.join(l === 'en' ? ' or ' : ' neu ') });
          }),
      },
    ]),
    ...(isUnstated(level.essentialSkills)
      ? []
      : level.essentialSkills.flatMap((skill): Fact[] => [
          { name: 'essentialSkillNames', components: ['EssentialSkillsTable', 'EssentialSkillsList'], text: (l) => skill.name[l] },
          { name: 'essentialSkillCredits', components: ['EssentialSkillsTable'], text: (l) => n(skill.credits, l) },
          { name: 'essentialSkillGlh', components: ['EssentialSkillsTable'], text: (l) => n(skill.glh, l) },
        ])),
  ];
  if (pathway.levels.length === 1) facts.push({ name: 'level', components: ['KeyFacts'], text: (l) => n(level.level, l) });
  return facts;
}

function frameworkFacts(pathway: Pathway): Fact[] {
  return [
    { name: 'revisionDate', components: ['KeyFacts'], text: (l) => formatDate(pathway.revisionDate, l) },
    { name: 'fundingBody', components: [], text: (l) => pathway.bodies.funding.name[l] },
    { name: 'funding statement', components: ['KeyFacts'], text: (l) => pathway.bodies.funding.statement[l] },
    {
      name: 'approvingBody',
      components: [],
      text: (l) =>
        formatList(
          pathway.bodies.approving.map((body) => body.name[l]),
          l,
        ),
    },
    ...(isUnstated(pathway.frameworkNumber)
      ? []
      : [{ name: 'frameworkNumber', components: ['KeyFacts'], text: () => pathway.frameworkNumber as string }]),
  ];
}

describe.each(pathways.map((p) => [p.id, p] as const))('facts of the %s pathway', (_id, pathway) => {
  const ownPages = pages.filter((page) => page.owner === pathway.id);
  const mainText = (url: string) => visibleText(pageAt(url).doc.querySelector('main'));
  const pageUrlOf = (pageId: string, lang: Locale) => findRoute(routes, routeKey(pathway.id, pageId), lang)!.url;
  /** The pages (id, language) whose MDX shows `fact` for `level` (undefined: a fact of the framework). */
  const pagesShowing = (fact: Fact, level: number | undefined) =>
    ownPages.filter(({ entry }) => {
      const body = entry.body ?? '';
      const forLevel = (attributes: string) =>
        level === undefined || pathway.levels.length === 1 || new RegExp(`\\blevel="${level}"`).test(attributes);
      const byComponent = fact.components.some((component) =>
        [...body.matchAll(new RegExp(`<${component}\\b([^>]*)/?>`, 'g'))].some((m) => component === 'KeyFacts' || forLevel(m[1] ?? '')),
      );
      const byFact = [...body.matchAll(/<Fact\b([^>]*)>/g)].some((m) => m[1]!.includes(`name="${fact.name}"`) && forLevel(m[1]!));
      return byComponent || byFact;
    });

  const cases = [
    ...pathway.levels.flatMap((level) => factsOf(pathway, level).map((fact) => ({ level: level.level, fact }))),
    ...frameworkFacts(pathway).map((fact) => ({ level: undefined, fact })),
  ].flatMap(({ level, fact }) =>
    pagesShowing(fact, level).map((page) => [fact.name, level ?? '-', page.entry.data.id, page.lang, fact] as const),
  );

  // The facts are looked for on the pathway's own pages: a page renamed, or missing in one
  // language, must fail here rather than quietly take its facts out of this test.
  it('reads every page the pathway lists, in each language, and no other', () => {
    const read = ownPages.map((page) => `${page.entry.data.id}@${page.lang}`).sort();
    const listed = pathway.pages.flatMap((id) => locales.map((lang) => `${id}@${lang}`)).sort();
    expect(listed.length).toBeGreaterThan(0);
    expect(read).toEqual(listed);
    for (const [id, lang] of read.map((key) => key.split('@') as [string, Locale]))
      expect(findRoute(routes, routeKey(pathway.id, id), lang), `${id} (${lang})`).toBeDefined();
  });

  it('shows every fact of every level somewhere, so no fact leaves this test unseen', () => {
    const shown = new Set(cases.map(([name, level]) => `${name}@${level}`));
    const expected = [
      ...pathway.levels.flatMap((level) => factsOf(pathway, level).map((fact) => `${fact.name}@${level.level}`)),
      ...frameworkFacts(pathway).map((fact) => `${fact.name}@-`),
    ];
    expect(expected.filter((key) => !shown.has(key))).toEqual([]);
    // Every fact the site knows of is one this test reads, or one with no value to show here.
    const read = new Set(
      [...pathway.levels.flatMap((level) => factsOf(pathway, level)), ...frameworkFacts(pathway)].map((fact) => fact.name),
    );
    const notRead = [...levelFactNames, ...frameworkFactNames].filter((name) => !read.has(name));
    expect(notRead.sort()).toEqual(
      [
        'approvingBodyAbbreviation',
        'essentialSkillsLevel',
        ...(pathway.levels.length > 1 ? ['level'] : []),
        ...(isUnstated(pathway.frameworkNumber) ? ['frameworkNumber'] : []),
      ].sort(),
    );
  });

  it.each(cases)('%s (level %s) is on the %s page in %s', (_name, _level, pageId, lang, fact) => {
    expect(mainText(pageUrlOf(pageId, lang))).toMatch(standalone(fact.text(lang)));
  });

  it.each(locales)('every page of the pathway shows when it was last updated, in its language (%s)', (lang) => {
    const date = formatDate(pathway.revisionDate, lang);
    for (const pageId of pathway.pages) {
      const time = pageAt(pageUrlOf(pageId, lang)).doc.querySelector('main .last-updated time');
      expect(visibleText(time), pageId).toBe(date);
      expect(time?.getAttribute('datetime'), pageId).toBe(pathway.revisionDate);
    }
  });
});
