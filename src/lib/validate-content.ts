/**
 * Checks that span files: counterparts, page lists, section structure and cross-references.
 * Single-file checks live in the zod schemas; this catches what no one file can see.
 * Pure: takes plain data, returns messages of the form "<file>: <field>: <reason>" (and
 * "<file>:<line>: body: <reason>" for prose).
 */
import type { Locale } from './i18n/locale';
import { locales } from './i18n/locale';
import { BILINGUAL_PAGE_IDS, HOME_PAGE_ID, SITE_GROUP } from './routes';
import { nearest } from './nearest';
import { foldText, isLeftAsEnglish, MAX_SHARED_NAME_WORDS, wordCount } from './left-as-english';
import { startsSentence } from './i18n/count';

export interface PageSource {
  file: string;
  group: string;
  lang: Locale;
  id: string;
  slug?: string | undefined;
  /** Ids of the page's headings, in order. */
  sectionIds: string[];
  /** The raw MDX after the front matter, scanned for <PageLink> and <Term> references. */
  body: string;
  /** The line of the file `body` starts on (see bodyStartLine); 1 when not given. */
  bodyLine?: number | undefined;
  /** Front matter a reader sees, compared with the English page's. */
  title?: string | undefined;
  navTitle?: string | undefined;
  description?: string | undefined;
}

export interface PathwaySource {
  file: string;
  id: string;
  pages: string[];
  /** The numbers of its levels: a fact of a level must name one where there are several. */
  levels?: number[] | undefined;
  /** References held in structured data, e.g. additionalRequirements[dbs].see. */
  refs: { field: string; page: string; section?: string | undefined }[];
}

/** A reference to a pathway section held in some other file (a checker flow, for example). */
export interface SectionRef {
  file: string;
  field: string;
  /** The pathway whose pages `page` names. */
  group: string;
  page: string;
  section?: string | undefined;
}

export interface ContentSources {
  pages: PageSource[];
  pathways: PathwaySource[];
  glossaryIds: string[];
  refs?: SectionRef[] | undefined;
  /** Glossary terms named in some other file (the search aliases, for example). */
  termRefs?: { file: string; field: string; term: string }[] | undefined;
  /** The ids of each pathway's questions people ask, by pathway id (a pathway may have none). */
  questionIds?: ReadonlyMap<string, readonly string[]> | undefined;
  /** Questions named in some other file (the search aliases, for example). */
  questionRefs?: { file: string; field: string; pathway: string; question: string }[] | undefined;
  /** Names <Fact name="…"> may use (src/lib/facts.ts). */
  factNames?: readonly string[] | undefined;
  /** Of those, the facts of one level (<Fact name="minimumCredits" level="4">). */
  levelFactNames?: readonly string[] | undefined;
}

const languageName: Record<Locale, string> = { en: 'English', cy: 'Welsh' };

/** Reads `name="value"` attributes of every `<Tag …>` in MDX source. */
export function findTags(body: string, tag: string): Record<string, string>[] {
  return findTagsWithLines(body, tag).map(({ attributes }) => attributes);
}

/**
 * Each `<Tag …>` with its attributes, the line of `body` it is on (from 1) and where it starts.
 * An attribute without a value (`<Fact … start />`) is there as "".
 */
export function findTagsWithLines(body: string, tag: string): { attributes: Record<string, string>; line: number; index: number }[] {
  const tags: { attributes: Record<string, string>; line: number; index: number }[] = [];
  for (const match of body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))) {
    const attributes: Record<string, string> = {};
    const written = (match[1] ?? '').replace(/\/$/, '');
    for (const attribute of written.matchAll(/([a-zA-Z]+)="([^"]*)"/g)) attributes[attribute[1]!] = attribute[2]!;
    for (const bare of written.replace(/[a-zA-Z]+=(?:"[^"]*"|\{[^}]*\})/g, ' ').matchAll(/[a-zA-Z]+/g)) attributes[bare[0]] ??= '';
    tags.push({ attributes, line: body.slice(0, match.index).split('\n').length, index: match.index });
  }
  return tags;
}

/**
 * The prose before `index` in its own paragraph, list item, table row or heading, as a reader
 * sees it, with the list item's marker or heading's hashes dropped: "" when `index` starts it.
 */
function proseBefore(body: string, index: number): string {
  const lines = body.slice(0, index).split('\n');
  let first = lines.length - 1;
  while (first > 0 && !STARTS_UNIT.test(lines[first]!) && lines[first - 1]!.trim() !== '') first -= 1;
  return proseOf(lines.slice(first).join(' ').replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6})\s+/, '')).replace(/\s+/g, ' ');
}

/**
 * The line of `file` (a page's whole text) on which `body` starts: Astro gives the body without
 * the front matter and trimmed, so it is found at the end of the file.
 */
export function bodyStartLine(file: string, body: string): number {
  const at = body.trim() === '' ? -1 : file.lastIndexOf(body.trim());
  return at === -1 ? 1 : file.slice(0, at).split('\n').length;
}

/** Prose as a reader sees it: tags, comments, link addresses and {#ids} dropped. */
function proseOf(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\{#[^}]*\}/g, ' ');
}

/** A paragraph of prose, a list item, a table row or a heading, and the line of the file it starts on. */
interface ProseUnit {
  line: number;
  folded: string;
}

/** Lines that start a unit of their own: list items, table rows and headings. */
const STARTS_UNIT = /^\s*(?:[-*+]\s|\d+[.)]\s|\||#{1,6}\s)/;

/**
 * A page's prose, unit by unit: paragraphs (lines up to a blank line, however they are broken),
 * list items, table rows and headings. Units of a name's length or shorter are left out.
 */
function proseUnits(page: PageSource): ProseUnit[] {
  const units: ProseUnit[] = [];
  let current: { line: number; text: string } | undefined;
  const end = () => {
    if (current && wordCount(proseOf(current.text)) > MAX_SHARED_NAME_WORDS) units.push({ line: current.line, folded: foldText(proseOf(current.text)) });
    current = undefined;
  };
  page.body.split('\n').forEach((line, index) => {
    if (line.trim() === '' || STARTS_UNIT.test(line)) end();
    if (line.trim() === '') return;
    current ??= { line: (page.bodyLine ?? 1) + index, text: '' };
    current.text += `${line}\n`;
  });
  end();
  return units;
}

/**
 * Prose of a Welsh page that is the English page's, left untranslated: a unit the same as one of
 * the English page's, or part of one (a paragraph split in two), with the English unit's line.
 */
function untranslatedProse(welsh: PageSource, english: PageSource): { line: number; englishLine: number }[] {
  const englishUnits = proseUnits(english);
  return proseUnits(welsh).flatMap(({ line, folded }) => {
    const same = englishUnits.find((unit) => unit.folded === folded) ?? englishUnits.find((unit) => unit.folded.includes(folded));
    return same ? [{ line, englishLine: same.line }] : [];
  });
}

const FRONT_MATTER_TEXT = ['title', 'navTitle', 'description'] as const;

export function validateContent({ pages, pathways, glossaryIds, refs = [], termRefs = [], questionIds = new Map(), questionRefs = [], factNames, levelFactNames = [] }: ContentSources): string[] {
  const errors: string[] = [];
  const key = (group: string, id: string, lang: Locale) => `${group}|${id}|${lang}`;
  const byKey = new Map<string, PageSource>();

  for (const page of pages) {
    const existing = byKey.get(key(page.group, page.id, page.lang));
    if (existing) errors.push(`${page.file}: id: duplicate page id "${page.id}" (also used by ${existing.file})`);
    else byKey.set(key(page.group, page.id, page.lang), page);
  }

  const groups = new Set([SITE_GROUP, ...pathways.map((p) => p.id)]);
  for (const page of pages) {
    if (!groups.has(page.group)) {
      errors.push(`${page.file}: id: page belongs to pathway "${page.group}", which has no pathway.yaml`);
      continue;
    }
    for (const lang of locales) {
      if (lang !== page.lang && !byKey.has(key(page.group, page.id, lang))) {
        errors.push(`${page.file}: id: page "${page.id}" has no ${languageName[lang]} counterpart (no ${lang} file with id "${page.id}")`);
      }
    }
  }

  for (const pathway of pathways) {
    pathway.pages.forEach((pageId, index) => {
      for (const lang of locales) {
        if (!byKey.has(key(pathway.id, pageId, lang))) {
          errors.push(`${pathway.file}: pages[${index}]: lists page "${pageId}" but there is no ${languageName[lang]} page with that id`);
        }
      }
    });
    for (const page of pages.filter((p) => p.group === pathway.id)) {
      if (!pathway.pages.includes(page.id)) errors.push(`${page.file}: id: page "${page.id}" is not listed in the pages of ${pathway.file}`);
      else if (pathway.pages[0] !== page.id && !page.slug) errors.push(`${page.file}: slug: is required (only a pathway's first page has none)`);
    }
  }
  for (const page of pages.filter((p) => p.group === SITE_GROUP)) {
    if (page.id !== HOME_PAGE_ID && !BILINGUAL_PAGE_IDS.includes(page.id) && !page.slug) errors.push(`${page.file}: slug: is required`);
  }

  const slugs = new Map<string, string>();
  for (const page of pages) {
    if (!page.slug) continue;
    const slugKey = `${page.group}|${page.lang}|${page.slug}`;
    const other = slugs.get(slugKey);
    // Both files are named: the one that changed may be either.
    if (other) errors.push(`${page.file}: slug: "${page.slug}" is the slug of two pages, ${other} and ${page.file}: give one of them another`);
    else slugs.set(slugKey, page.file);
  }

  for (const page of pages.filter((p) => p.lang !== 'en')) {
    const english = byKey.get(key(page.group, page.id, 'en'));
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
    for (const field of FRONT_MATTER_TEXT) {
      const [englishText, welshText] = [english[field], page[field]];
      if (englishText && welshText && isLeftAsEnglish(englishText, welshText)) errors.push(`${page.file}: ${field}: is the same as in ${english.file}: write it in Welsh`);
    }
    for (const { line, englishLine } of untranslatedProse(page, english)) {
      errors.push(`${page.file}:${line}: body: is the same as ${english.file}:${englishLine}: write it in Welsh`);
    }
  }

  const checkRef = (file: string, field: string, group: string, pageId: string, section: string | undefined) => {
    const target = byKey.get(key(group, pageId, 'en'));
    if (!target) errors.push(`${file}: ${field}: refers to unknown page "${pageId}"${group === SITE_GROUP ? '' : ` in pathway "${group}"`}`);
    else if (section && !target.sectionIds.includes(section)) {
      errors.push(`${file}: ${field}: refers to unknown section "${section}" of page "${pageId}" (it has ${target.sectionIds.map((id) => `"${id}"`).join(', ') || 'no sections'})`);
    }
  };

  for (const page of pages) {
    for (const link of findTags(page.body, 'PageLink')) {
      if (!link.page) {
        errors.push(`${page.file}: body: <PageLink> needs a page="…" attribute`);
        continue;
      }
      checkRef(page.file, `body <PageLink page="${link.page}">`, link.pathway ?? page.group, link.page, link.section);
    }
    const levels = pathways.find((pathway) => pathway.id === page.group)?.levels ?? [];
    for (const { attributes: fact, line, index } of factNames ? findTagsWithLines(page.body, 'Fact') : []) {
      const at = `${page.file}:${(page.bodyLine ?? 1) + line - 1}`;
      if (!fact.name || !factNames!.includes(fact.name)) {
        const suggestion = fact.name ? nearest(fact.name, factNames!) : undefined;
        errors.push(`${at}: body: <Fact name="${fact.name ?? ''}"> is not a fact (${suggestion ? `did you mean "${suggestion}"?` : `use one of ${factNames!.join(', ')}`})`);
        continue;
      }
      if (fact.level !== undefined && !levels.includes(Number(fact.level))) {
        errors.push(`${at}: body: <Fact name="${fact.name}" level="${fact.level}"> names a level the pathway does not have (its levels: ${levels.join(', ') || 'none'})`);
      } else if (fact.level === undefined && levels.length > 1 && levelFactNames.includes(fact.name)) {
        errors.push(`${at}: body: <Fact name="${fact.name}"> is a fact of one level, and this pathway has levels ${levels.join(' and ')}: add level="${levels[0]}" or level="${levels[1]}"`);
      }
      // A Welsh count under ten is a word ("chwe chredyd"), which needs its capital at the start of
      // a sentence; the component cannot see where it stands, so the page says so (content/welsh-style.md).
      if (page.lang === 'cy' && fact.count !== undefined) {
        const starts = startsSentence(proseBefore(page.body, index));
        const marked = fact.start !== undefined;
        if (starts && !marked) errors.push(`${at}: body: <Fact name="${fact.name}" count="${fact.count}"> starts a sentence: add start (<Fact name="${fact.name}" count="${fact.count}" start />), so that a count written as a word has its capital ("Chwe chredyd…")`);
        if (!starts && marked) errors.push(`${at}: body: <Fact name="${fact.name}" count="${fact.count}" start> does not start a sentence: take start away`);
      }
    }
    for (const term of findTags(page.body, 'Term')) {
      if (!term.id || !glossaryIds.includes(term.id)) errors.push(`${page.file}: body: <Term id="${term.id ?? ''}"> is not in the glossary`);
    }
  }
  for (const pathway of pathways) {
    for (const ref of pathway.refs) checkRef(pathway.file, ref.field, pathway.id, ref.page, ref.section);
  }
  for (const ref of refs) checkRef(ref.file, ref.field, ref.group, ref.page, ref.section);
  for (const ref of termRefs.filter((r) => !glossaryIds.includes(r.term))) {
    const suggestion = nearest(ref.term, glossaryIds);
    errors.push(`${ref.file}: ${ref.field}: refers to unknown glossary term "${ref.term}" (${suggestion ? `did you mean "${suggestion}"?` : `the terms are ${glossaryIds.join(', ')}`})`);
  }
  for (const ref of questionRefs) {
    const ids = questionIds.get(ref.pathway);
    if (!ids) {
      errors.push(`${ref.file}: ${ref.field}: refers to question "${ref.question}" of pathway "${ref.pathway}", which has no questions people ask (no content/pathways/${ref.pathway}/questions.yaml)`);
    } else if (!ids.includes(ref.question)) {
      const suggestion = nearest(ref.question, ids);
      errors.push(`${ref.file}: ${ref.field}: refers to unknown question "${ref.question}" of pathway "${ref.pathway}" (${suggestion ? `did you mean "${suggestion}"?` : `its questions are ${ids.join(', ')}`})`);
    }
  }
  return errors;
}
