/**
 * Checks that span files: counterparts, page lists, slugs, section structure, Welsh left as the
 * English, and references from one file to another (a <PageLink>, a <Term>, a <Fact>, a
 * checker's or step's source, a search alias). Single-file checks live in the zod schemas; this
 * catches what no one file can see. Pure: takes plain data, returns messages of the form
 * "<file>:<line>:<column>: <field>: <reason>" (the file alone where no position is given).
 */
import type { Locale } from '../lib/i18n/locale';
import { locales } from '../lib/i18n/locale';
import { BILINGUAL_PAGE_IDS, HOME_PAGE_ID, SITE_OWNER } from '../lib/routing/routes';
import { nearest } from '../lib/text/nearest';
import { startsSentence } from '../lib/i18n/count';
import { proseBefore, untranslatedProblems, type PageText } from '../lib/text/untranslated-prose';
import type { ComponentUse, Position } from '../mdx/page-outline';

export interface PageSource extends PageText {
  /** The pathway's id, or SITE_OWNER for the site's own pages. */
  owner: string;
  lang: Locale;
  id: string;
  slug?: string | undefined;
  /** Ids of the page's headings, in order. */
  sectionIds: string[];
  /** The site's components the page uses, where they are in the file, and where in `body` (src/mdx/page-outline.ts). */
  uses: (ComponentUse & { bodyOffset: number })[];
}

export interface PathwaySource {
  file: string;
  id: string;
  pages: string[];
  /** The numbers of its levels: a fact of a level must name one where there are several. */
  levels?: number[] | undefined;
  /** References held in structured data, e.g. additionalRequirements[dbs].see. */
  refs: { field: string; page: string; section?: string | undefined; position?: Position | undefined }[];
  /** Where a field is written (["pages", 2]); the file alone when not given. */
  positionOf?: ((path: readonly PropertyKey[]) => Position) | undefined;
}

/** A reference to a pathway section held in some other file (a checker flow, for example). */
export interface SectionRefInFile {
  file: string;
  field: string;
  /** The pathway whose pages `page` names. */
  owner: string;
  page: string;
  section?: string | undefined;
  position?: Position | undefined;
}

export interface ContentSources {
  pages: PageSource[];
  pathways: PathwaySource[];
  glossaryIds: string[];
  refs?: SectionRefInFile[] | undefined;
  /** Glossary terms named in some other file (the search aliases, for example). */
  termRefs?: { file: string; field: string; term: string; position?: Position | undefined }[] | undefined;
  /** The ids of each pathway's questions people ask, by pathway id (a pathway may have none). */
  questionIds?: ReadonlyMap<string, readonly string[]> | undefined;
  /** Questions named in some other file (the search aliases, for example). */
  questionRefs?: { file: string; field: string; pathway: string; question: string; position?: Position | undefined }[] | undefined;
  /** Names <Fact name="…"> may use (src/lib/pathway/facts.ts). */
  factNames?: readonly string[] | undefined;
  /** Of those, the facts of one level (<Fact name="minimumCredits" level="4">). */
  levelFactNames?: readonly string[] | undefined;
}

const languageName: Record<Locale, string> = { en: 'English', cy: 'Welsh' };

/** "content/x.mdx:12:5" where the position is known, "content/x.mdx" where it is not. */
export const placeIn = (file: string, position?: Position) => (position ? `${file}:${position.line}:${position.column}` : file);

export function crossFileProblems({
  pages,
  pathways,
  glossaryIds,
  refs = [],
  termRefs = [],
  questionIds = new Map(),
  questionRefs = [],
  factNames,
  levelFactNames = [],
}: ContentSources): string[] {
  const errors: string[] = [];
  const key = (owner: string, id: string, lang: Locale) => `${owner}|${id}|${lang}`;
  const byKey = new Map<string, PageSource>();
  const pageField = (page: PageSource, field: 'id' | 'slug') => placeIn(page.file, page.fieldLine?.(field));

  for (const page of pages) {
    const existing = byKey.get(key(page.owner, page.id, page.lang));
    if (existing) errors.push(`${pageField(page, 'id')}: id: duplicate page id "${page.id}" (also used by ${existing.file})`);
    else byKey.set(key(page.owner, page.id, page.lang), page);
  }

  const owners = new Set([SITE_OWNER, ...pathways.map((p) => p.id)]);
  for (const page of pages) {
    if (!owners.has(page.owner)) {
      errors.push(`${pageField(page, 'id')}: id: page belongs to pathway "${page.owner}", which has no pathway.yaml`);
      continue;
    }
    for (const lang of locales) {
      if (lang !== page.lang && !byKey.has(key(page.owner, page.id, lang))) {
        errors.push(
          `${pageField(page, 'id')}: id: page "${page.id}" has no ${languageName[lang]} counterpart (no ${lang} file with id "${page.id}")`,
        );
      }
    }
  }

  for (const pathway of pathways) {
    pathway.pages.forEach((pageId, index) => {
      for (const lang of locales) {
        if (!byKey.has(key(pathway.id, pageId, lang))) {
          errors.push(
            `${placeIn(pathway.file, pathway.positionOf?.(['pages', index]))}: pages[${index}]: lists page "${pageId}" but there is no ${languageName[lang]} page with that id`,
          );
        }
      }
    });
    for (const page of pages.filter((p) => p.owner === pathway.id)) {
      if (!pathway.pages.includes(page.id))
        errors.push(`${pageField(page, 'id')}: id: page "${page.id}" is not listed in the pages of ${pathway.file}`);
      else if (pathway.pages[0] !== page.id && !page.slug)
        errors.push(`${pageField(page, 'slug')}: slug: is required (only a pathway's first page has none)`);
    }
  }
  for (const page of pages.filter((p) => p.owner === SITE_OWNER)) {
    if (page.id !== HOME_PAGE_ID && !BILINGUAL_PAGE_IDS.includes(page.id) && !page.slug)
      errors.push(`${pageField(page, 'slug')}: slug: is required`);
  }

  const slugs = new Map<string, string>();
  for (const page of pages) {
    if (!page.slug) continue;
    const slugKey = `${page.owner}|${page.lang}|${page.slug}`;
    const other = slugs.get(slugKey);
    // Both files are named: the one that changed may be either.
    if (other)
      errors.push(
        `${pageField(page, 'slug')}: slug: "${page.slug}" is the slug of two pages, ${other} and ${page.file}: give one of them another`,
      );
    else slugs.set(slugKey, page.file);
  }

  for (const page of pages.filter((p) => p.lang !== 'en')) {
    const english = byKey.get(key(page.owner, page.id, 'en'));
    if (!english) continue;
    const missing = english.sectionIds.filter((id) => !page.sectionIds.includes(id));
    const extra = page.sectionIds.filter((id) => !english.sectionIds.includes(id));
    if (missing.length || extra.length) {
      const parts = [
        missing.length ? `missing ${missing.map((id) => `"${id}"`).join(', ')}` : '',
        extra.length ? `not in English ${extra.map((id) => `"${id}"`).join(', ')}` : '',
      ].filter(Boolean);
      errors.push(`${page.file}: headings: section ids differ from ${english.file}: ${parts.join('; ')}`);
    }
    errors.push(...untranslatedProblems(page, english));
  }

  const checkRef = (at: string, field: string, owner: string, pageId: string, section: string | undefined) => {
    const target = byKey.get(key(owner, pageId, 'en'));
    if (!target) errors.push(`${at}: ${field}: refers to unknown page "${pageId}"${owner === SITE_OWNER ? '' : ` in pathway "${owner}"`}`);
    else if (section && !target.sectionIds.includes(section)) {
      errors.push(
        `${at}: ${field}: refers to unknown section "${section}" of page "${pageId}" (it has ${target.sectionIds.map((id) => `"${id}"`).join(', ') || 'no sections'})`,
      );
    }
  };

  for (const page of pages) {
    const levels = pathways.find((pathway) => pathway.id === page.owner)?.levels ?? [];
    for (const use of page.uses) {
      const at = placeIn(page.file, use);
      const { attributes } = use;
      if (use.name === 'PageLink') {
        if (!attributes.page) errors.push(`${at}: body: <PageLink> needs a page="…" attribute`);
        else
          checkRef(at, `body <PageLink page="${attributes.page}">`, attributes.pathway ?? page.owner, attributes.page, attributes.section);
      } else if (use.name === 'Term') {
        if (!attributes.id || !glossaryIds.includes(attributes.id))
          errors.push(`${at}: body: <Term id="${attributes.id ?? ''}"> is not in the glossary`);
      } else if (use.name === 'Fact' && factNames) {
        errors.push(...factProblems(at, page, use, factNames, levelFactNames, levels));
      }
    }
  }
  for (const pathway of pathways) {
    for (const ref of pathway.refs) checkRef(placeIn(pathway.file, ref.position), ref.field, pathway.id, ref.page, ref.section);
  }
  for (const ref of refs) checkRef(placeIn(ref.file, ref.position), ref.field, ref.owner, ref.page, ref.section);
  for (const ref of termRefs.filter((r) => !glossaryIds.includes(r.term))) {
    const suggestion = nearest(ref.term, glossaryIds);
    errors.push(
      `${placeIn(ref.file, ref.position)}: ${ref.field}: refers to unknown glossary term "${ref.term}" (${suggestion ? `did you mean "${suggestion}"?` : `the terms are ${glossaryIds.join(', ')}`})`,
    );
  }
  for (const ref of questionRefs) {
    const ids = questionIds.get(ref.pathway);
    const at = placeIn(ref.file, ref.position);
    if (!ids) {
      errors.push(
        `${at}: ${ref.field}: refers to question "${ref.question}" of pathway "${ref.pathway}", which has no questions people ask (no content/pathways/${ref.pathway}/questions.yaml)`,
      );
    } else if (!ids.includes(ref.question)) {
      const suggestion = nearest(ref.question, ids);
      errors.push(
        `${at}: ${ref.field}: refers to unknown question "${ref.question}" of pathway "${ref.pathway}" (${suggestion ? `did you mean "${suggestion}"?` : `its questions are ${ids.join(', ')}`})`,
      );
    }
  }
  return errors;
}

/** A <Fact>: a fact there is, of a level the pathway has, and in Welsh marked where it starts a sentence. */
function factProblems(
  at: string,
  page: PageSource,
  use: PageSource['uses'][number],
  factNames: readonly string[],
  levelFactNames: readonly string[],
  levels: number[],
): string[] {
  const fact = use.attributes;
  if (!fact.name || !factNames.includes(fact.name)) {
    const suggestion = fact.name ? nearest(fact.name, factNames) : undefined;
    return [
      `${at}: body: <Fact name="${fact.name ?? ''}"> is not a fact (${suggestion ? `did you mean "${suggestion}"?` : `use one of ${factNames.join(', ')}`})`,
    ];
  }
  const problems: string[] = [];
  if (fact.level !== undefined && !levels.includes(Number(fact.level))) {
    problems.push(
      `${at}: body: <Fact name="${fact.name}" level="${fact.level}"> names a level the pathway does not have (its levels: ${levels.join(', ') || 'none'})`,
    );
  } else if (fact.level === undefined && levels.length > 1 && levelFactNames.includes(fact.name)) {
    problems.push(
      `${at}: body: <Fact name="${fact.name}"> is a fact of one level, and this pathway has levels ${levels.join(' and ')}: add level="${levels[0]}" or level="${levels[1]}"`,
    );
  }
  // A Welsh count under ten is a word ("chwe chredyd"), which needs its capital at the start of
  // a sentence; the component cannot see where it stands, so the page says so (content/welsh-style.md).
  if (page.lang === 'cy' && fact.count !== undefined) {
    const starts = startsSentence(proseBefore(page.body, use.bodyOffset));
    const marked = fact.start !== undefined;
    if (starts && !marked)
      problems.push(
        `${at}: body: <Fact name="${fact.name}" count="${fact.count}"> starts a sentence: add start (<Fact name="${fact.name}" count="${fact.count}" start />), so that a count written as a word has its capital ("Chwe chredyd…")`,
      );
    if (!starts && marked)
      problems.push(`${at}: body: <Fact name="${fact.name}" count="${fact.count}" start> does not start a sentence: take start away`);
  }
  return problems;
}
