/**
 * What the checks that span files need, gathered from the files the content check has read
 * (./check-content-files.ts): each page's sections and component uses from its syntax tree
 * (src/mdx/page-outline.ts), each pathway's pages and levels, and every reference one file makes
 * to another, each with where it is written. Also what the files' places must agree with (a
 * page's language folder, a pathway's folder), interface strings defined once across their files,
 * and fact placeholders each pathway can fill (./fact-placeholders.ts).
 */
import type { Features } from 'satteri';
import { isLocale } from '../lib/i18n/locale';
import { SITE_OWNER } from '../lib/routing/routes';
import { sectionRefsIn, type NamedSectionRef } from '../lib/section-refs';
import { factNames, levelFactNames, siteFactNames } from '../lib/pathway/facts';
import { pageOutline, type Position } from '../mdx/page-outline';
import type { CheckerFlow } from '../schemas/checker';
import type { Pathway } from '../schemas/pathway';
import type { Questions, Steps } from '../schemas/journey';
import type { SearchAlias } from '../schemas/search-aliases';
import type { ContentFile } from './check-content-files';
import { factPlaceholderProblems } from './fact-placeholders';
import { mergeUiStrings } from '../lib/i18n/ui-strings';
import { ContentError } from '../lib/content-error';
import type { Localised } from '../schemas/localised';
import type { ContentSources, PageSource, SectionRefInFile } from './cross-file';

/** The opening `---` … `---` of an MDX page, as the content check reads it. */
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?(?:\n|$)/;

/**
 * The path of the value a field name gives, in `data`: `steps[train].sources[1]` is
 * ["steps", <index of step "train">, "sources", 1]. Names in brackets are the ids (or option
 * values) the author wrote; numbers are places in a list.
 */
export function pathOfField(field: string, data: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  let node = data;
  for (const [, key, item] of field.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)) {
    let step: PropertyKey | undefined;
    if (key !== undefined) step = key;
    else if (Array.isArray(node)) {
      const index = /^\d+$/.test(item!)
        ? Number(item)
        : node.findIndex(
            (entry) =>
              entry &&
              typeof entry === 'object' &&
              ((entry as { id?: unknown }).id === item || (entry as { value?: unknown }).value === item),
          );
      if (index < 0) break;
      step = index;
    } else step = item;
    path.push(step!);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step!] : undefined;
  }
  return path;
}

const positionOfField = (file: ContentFile, field: string): Position | undefined => file.positionOf?.(pathOfField(field, file.data));

/** "clinical-coding/pages/cy/training.mdx" → pathway "clinical-coding", "cy"; "site/pages/en/glossary.mdx" → site, "en". */
function placeOfPage(file: ContentFile): { owner: string; lang: string } {
  const parts = file.path.split('/');
  return file.collection === 'sitePages' ? { owner: SITE_OWNER, lang: parts[2]! } : { owner: parts[1]!, lang: parts[3]! };
}

/** The folder a pathway's file is in: "pathways/clinical-coding/checker.yaml" → "clinical-coding". */
const folderOf = (file: ContentFile) => file.path.split('/')[1]!;

export function contentSources(files: readonly ContentFile[], features?: Features): { sources: ContentSources; problems: string[] } {
  const problems: string[] = [];
  const of = (collection: ContentFile['collection']) => files.filter((file) => file.collection === collection && file.data !== undefined);

  const pages: PageSource[] = [];
  for (const file of [...of('sitePages'), ...of('pathwayPages')]) {
    const { owner, lang } = placeOfPage(file);
    if (!isLocale(lang)) {
      problems.push(`${file.shown}: folder: "${lang}" is not a language of this site (use en or cy)`);
      continue;
    }
    const data = file.data as { id: string; slug?: string; title?: string; navTitle?: string; description?: string };
    const bodyOffset = FRONT_MATTER.exec(file.text)?.[0].length ?? 0;
    const { sections, uses } = pageOutline(file.text, features);
    pages.push({
      file: file.shown,
      owner,
      lang,
      id: data.id,
      slug: data.slug,
      title: data.title,
      navTitle: data.navTitle,
      description: data.description,
      body: file.text.slice(bodyOffset),
      bodyLine: file.text.slice(0, bodyOffset).split('\n').length,
      fieldLine: (field) => file.positionOf?.([field]) ?? { line: 1, column: 1 },
      sectionIds: sections.map((section) => section.id),
      uses: uses.map((use) => ({ ...use, bodyOffset: use.offset - bodyOffset })),
    });
  }

  const pathwayFiles = of('pathways');
  const pathwayIds = new Set(pathwayFiles.map(folderOf));
  for (const file of pathwayFiles) {
    const id = (file.data as Pathway).id;
    if (id !== folderOf(file)) problems.push(`${fieldPlace(file, ['id'])}: id: is "${id}" but the folder is "${folderOf(file)}"`);
  }
  const perPathway = [...of('checkers'), ...of('steps'), ...of('questions')];
  for (const file of perPathway) {
    if (!pathwayIds.has(folderOf(file))) problems.push(`${file.shown}: file: is in folder "${folderOf(file)}", which has no pathway.yaml`);
  }
  try {
    const ui = mergeUiStrings(of('ui').map((file) => ({ file: file.shown, strings: file.data as Record<string, Localised> })));
    problems.push(
      ...factPlaceholderProblems(
        perPathway,
        pathwayFiles.map((file) => file.data as Pathway),
        ui,
      ),
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }

  const refsOf = (file: ContentFile, refs: NamedSectionRef[]): SectionRefInFile[] =>
    refs.map((ref) => ({ file: file.shown, owner: folderOf(file), ...ref, position: positionOfField(file, ref.field) }));
  const aliasFiles = of('searchAliases');
  const aliases = aliasFiles.flatMap((file) =>
    Object.entries(file.data as Record<string, SearchAlias>).map(([id, alias]) => ({ file, id, alias })),
  );

  const sources: ContentSources = {
    pages,
    pathways: pathwayFiles.map((file) => {
      const pathway = file.data as Pathway;
      return {
        file: file.shown,
        id: pathway.id,
        pages: pathway.pages,
        levels: pathway.levels.map((level) => level.level),
        refs: sectionRefsIn.pathway(pathway).map((ref) => ({ ...ref, position: positionOfField(file, ref.field) })),
        positionOf: file.positionOf,
      };
    }),
    glossaryIds: of('glossary').flatMap((file) => Object.keys(file.data as object)),
    factNames: [...factNames, ...siteFactNames],
    levelFactNames,
    refs: [
      ...of('checkers').flatMap((file) => refsOf(file, sectionRefsIn.checker(file.data as CheckerFlow))),
      ...of('steps').flatMap((file) => refsOf(file, sectionRefsIn.steps(file.data as Steps))),
      ...of('questions').flatMap((file) => refsOf(file, sectionRefsIn.questions(file.data as Questions))),
      ...aliases.flatMap(({ file, id, alias: { section } }) =>
        section
          ? [
              {
                file: file.shown,
                field: `${id}.section`,
                owner: section.pathway,
                page: section.page,
                section: section.section,
                position: file.positionOf?.([id, 'section']),
              },
            ]
          : [],
      ),
    ],
    termRefs: aliases.flatMap(({ file, id, alias: { term } }) =>
      term ? [{ file: file.shown, field: `${id}.term`, term, position: file.positionOf?.([id, 'term']) }] : [],
    ),
    questionIds: new Map(of('questions').map((file) => [folderOf(file), (file.data as Questions).questions.map((q) => q.id)])),
    questionRefs: aliases.flatMap(({ file, id, alias: { question } }) =>
      question
        ? [
            {
              file: file.shown,
              field: `${id}.question`,
              pathway: question.pathway,
              question: question.id,
              position: file.positionOf?.([id, 'question']),
            },
          ]
        : [],
    ),
  };
  return { sources, problems };
}

function fieldPlace(file: ContentFile, path: PropertyKey[]): string {
  const position = file.positionOf?.(path);
  return position ? `${file.shown}:${position.line}:${position.column}` : file.shown;
}
