/**
 * Checks that span files: counterparts, page lists, section structure and cross-references.
 * Single-file checks live in the zod schemas; this catches what no one file can see.
 * Pure: takes plain data, returns messages of the form "<file>: <field>: <reason>".
 */
import type { Locale } from './locale';
import { locales } from './locale';
import { BILINGUAL_PAGE_IDS, HOME_PAGE_ID, SITE_GROUP } from './routes';
import { nearest } from './nearest';

export interface PageSource {
  file: string;
  group: string;
  lang: Locale;
  id: string;
  slug?: string | undefined;
  /** Ids of the page's headings, in order. */
  sectionIds: string[];
  /** The raw MDX, scanned for <PageLink> and <Term> references. */
  body: string;
}

export interface PathwaySource {
  file: string;
  id: string;
  pages: string[];
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
  /** Names <Fact name="…"> may use (src/lib/facts.ts). */
  factNames?: readonly string[] | undefined;
}

const languageName: Record<Locale, string> = { en: 'English', cy: 'Welsh' };

/** Reads `name="value"` attributes of every `<Tag …>` in MDX source. */
export function findTags(body: string, tag: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  for (const match of body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) attributes[attribute[1]!] = attribute[2]!;
    tags.push(attributes);
  }
  return tags;
}

/** A line of prose as a reader sees it: tags and markup dropped, spaces collapsed. */
function proseOf(line: string): string {
  return line.replace(/<[^>]*>/g, ' ').replace(/[#*_>`|-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Lines of a Welsh page that are word for word the English page's: prose left untranslated. */
function untranslatedLines(welsh: PageSource, english: PageSource): number[] {
  const englishLines = new Set(english.body.split('\n').map(proseOf));
  return welsh.body
    .split('\n')
    .map((line, index) => ({ prose: proseOf(line), index }))
    .filter(({ prose }) => prose.split(' ').length >= 5 && englishLines.has(prose))
    .map(({ index }) => index + 1);
}

export function validateContent({ pages, pathways, glossaryIds, refs = [], factNames }: ContentSources): string[] {
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
    if (other) errors.push(`${page.file}: slug: "${page.slug}" is already used by ${other}`);
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
    const copied = untranslatedLines(page, english);
    if (copied.length) {
      errors.push(`${page.file}: body: line ${copied.join(', ')} of the text ${copied.length === 1 ? 'is' : 'are'} the same as in ${english.file}: write ${copied.length === 1 ? 'it' : 'them'} in Welsh`);
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
    for (const fact of factNames ? findTags(page.body, 'Fact') : []) {
      if (!fact.name || !factNames!.includes(fact.name)) {
        const suggestion = fact.name ? nearest(fact.name, factNames!) : undefined;
        errors.push(`${page.file}: body: <Fact name="${fact.name ?? ''}"> is not a fact (${suggestion ? `did you mean "${suggestion}"?` : `use one of ${factNames!.join(', ')}`})`);
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
  return errors;
}
