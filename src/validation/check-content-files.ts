/**
 * Reads every structured content file (YAML, and the front matter of MDX pages) and checks it
 * against its schema before Astro loads anything, so that each mistake is reported once, as
 * `<file>:<line>:<column>: <field>: <reason>`, with the field named by the ids the author wrote.
 * Astro's content collections validate the same files with the same schemas afterwards.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { collectionSources, inCollection, type CollectionName, type CollectionSource } from '../schemas/collections';
import { checkedFlowSchema } from './checker-flow';
import { identifier } from '../schemas/localised';
import { readYaml } from './yaml-source';
import { fieldName, issuePath, type SchemaIssue } from './describe-issue';
import { externalLinksSchema, EXTERNAL_LINKS_FILE, type ExternalLinks } from '../schemas/external-links';
import { linkParityProblems, type PageLinks } from './external-links';
import { externalLinkProblem } from '../mdx/addresses';
import type { ContentProblem, ContentRules } from '../mdx/unsafe-content';

export interface CheckOptions {
  /** What must not be published in an MDX file's text (src/mdx/), each problem with its line; `rules.links` is filled with its links. */
  unsafeMdx?: (source: string, rules: ContentRules) => ContentProblem[];
}

/**
 * What a file of a collection is checked against here, where it is more than the collection's
 * schema: a checker flow is analysed as a whole (every combination of answers), once, before the
 * build; Astro's content layer reads its shape only.
 */
const wholeFileChecks: Partial<Record<CollectionName, z.ZodType>> = { checkers: checkedFlowSchema };

/** The schema a whole file must match: a file of entries by key is a record of them. */
export const fileSchema = (name: CollectionName): z.ZodType => {
  const source: CollectionSource = collectionSources[name];
  const schema = wholeFileChecks[name] ?? source.schema;
  return source.entriesByKey ? z.record(identifier, schema) : schema;
};

/** A content file as the check read it: its data and where each value is written, when it has no problems. */
export interface ContentFile {
  collection: CollectionName;
  /** Its path under the content folder, "/"-separated. */
  path: string;
  /** Its name as messages give it. */
  shown: string;
  text: string;
  data?: unknown;
  positionOf?: ((path: readonly PropertyKey[]) => { line: number; column: number }) | undefined;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The YAML between an MDX file's opening `---` and the next, and the line it starts on. */
function frontMatter(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 1 } : undefined;
}

/**
 * A value that matches no branch of a union (a fact or not-stated, src/schemas/unstated.ts) is
 * reported with the last branch's own issues, the fact's: "must be a number", not "Invalid input".
 */
function unionIssues(issues: readonly SchemaIssue[]): SchemaIssue[] {
  return issues.flatMap((issue) => {
    const branches = (issue as SchemaIssue & { errors?: SchemaIssue[][] }).errors;
    if (issue.code !== 'invalid_union' || !branches?.length) return [issue];
    return unionIssues(branches.at(-1)!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/** Problems in one file; `shown` is the file's name as messages give it. */
export function checkContentFile(shown: string, text: string, schema: z.ZodType, isFrontMatter = false): string[] {
  return readContentFile(shown, text, schema, isFrontMatter).problems;
}

/** A file's problems, and its data when it has none. */
export function readContentFile(
  shown: string,
  text: string,
  schema: z.ZodType,
  isFrontMatter = false,
): { problems: string[]; data?: unknown; positionOf?: (path: readonly PropertyKey[]) => { line: number; column: number } } {
  const problems = contentFileProblems(shown, text, schema, isFrontMatter);
  if (problems.length) return { problems };
  const found = isFrontMatter ? frontMatter(text) : undefined;
  const source = readYaml(found ? found.yaml : text, found ? found.firstLine : 0);
  return { problems, data: schema.parse(source.data), positionOf: source.positionOf };
}

function contentFileProblems(shown: string, text: string, schema: z.ZodType, isFrontMatter: boolean): string[] {
  let yamlText = text;
  let lineOffset = 0;
  if (isFrontMatter) {
    const found = frontMatter(text);
    if (!found) return [`${shown}:1:1: front matter: is missing (start the file with --- id, slug, title, description ---)`];
    yamlText = found.yaml;
    lineOffset = found.firstLine;
  }
  const source = readYaml(yamlText, lineOffset);
  if (source.errors.length) return source.errors.map((error) => `${shown}:${error}`);

  const result = schema.safeParse(source.data);
  if (result.success) return [];
  return unionIssues(result.error.issues as SchemaIssue[]).map((issue) => {
    const path = issuePath(issue);
    const { line, column } = source.positionOf(path);
    return `${shown}:${line}:${column}: ${fieldName(path, source.data)}: ${issue.message}`;
  });
}

/**
 * Every problem in the content folder `contentDir`, files named relative to `root`.
 * Files that no schema governs (notes for translators, say) are left alone.
 */
export function checkContentFiles(contentDir: string, root: string, options: CheckOptions = {}): string[] {
  return readContentFiles(contentDir, root, options).problems;
}

/** Every file of every collection, read and checked on its own, and the problems found. */
export function readContentFiles(
  contentDir: string,
  root: string,
  options: CheckOptions = {},
): { problems: string[]; files: ContentFile[] } {
  const problems: string[] = [];
  const files: ContentFile[] = [];
  const showName = (file: string) => relative(root, join(contentDir, file)).split(sep).join('/');
  const linkList = existsSync(join(contentDir, EXTERNAL_LINKS_FILE))
    ? readContentFile(showName(EXTERNAL_LINKS_FILE), readFileSync(join(contentDir, EXTERNAL_LINKS_FILE), 'utf8'), externalLinksSchema)
    : { problems: [`${showName(EXTERNAL_LINKS_FILE)}:1:1: file: is missing (the sites content may link to)`] };
  problems.push(...linkList.problems);
  const externalLinks = linkList.data as ExternalLinks | undefined;
  const linkHosts = new Set(externalLinks?.hosts ?? []);
  const pageLinks: PageLinks[] = [];
  for (const file of filesUnder(contentDir)) {
    const found = (Object.entries(collectionSources) as [CollectionName, CollectionSource][]).find(
      ([, candidate]) => file.startsWith(`${candidate.base}/`) && inCollection(candidate, file.slice(candidate.base.length + 1)),
    );
    if (!found) continue;
    const [collection, source] = found;
    const path = join(contentDir, file);
    const shown = relative(root, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    const read = readContentFile(shown, text, fileSchema(collection), source.mdx);
    problems.push(...read.problems);
    files.push({ collection, path: file, shown, text, data: read.data, positionOf: read.positionOf });
    if (externalLinks && file.startsWith('pathways/') && file.endsWith('/pathway.yaml') && read.data)
      problems.push(...sourceAddressProblems(shown, read, linkHosts, ['published']));
    if (externalLinks && file === 'site/site.yaml' && read.data)
      problems.push(...sourceAddressProblems(shown, read, linkHosts, ['vacancies']));
    if (file.endsWith('.mdx') && options.unsafeMdx) {
      // The front matter's own check (above) has already reported what is wrong in it: once is enough.
      // A file that cannot be parsed is reported wherever the parser stopped.
      const found = frontMatter(text);
      const frontMatterLines = found ? found.yaml.split('\n').length + 2 : 0;
      const links: PageLinks['links'] = [];
      problems.push(
        ...options
          .unsafeMdx(text, { linkHosts: externalLinks ? linkHosts : undefined, links })
          .filter((problem) => problem.unreadable || problem.line > frontMatterLines)
          .map((problem) => `${shown}:${problem.line}:${problem.column}: ${problem.reason}`),
      );
      const parts = file.split('/');
      const id = (read.data as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') pageLinks.push({ shown, folder: parts.slice(0, -2).join('/'), lang: parts.at(-2)!, id, links });
    }
  }
  if (externalLinks) problems.push(...linkParityProblems(pageLinks, externalLinks.welshVersions));
  return { problems: [...new Set(problems)], files };
}

/**
 * The addresses in a data file go to listed hosts, like any link: a pathway's published addresses
 * (`published`, one per language), the site's vacancy service (`vacancies`, one per language).
 */
function sourceAddressProblems(
  shown: string,
  read: ReturnType<typeof readContentFile>,
  linkHosts: ReadonlySet<string>,
  at: string[],
): string[] {
  let holder: unknown = read.data;
  for (const key of at) holder = (holder as Record<string, unknown> | undefined)?.[key];
  return Object.entries((holder ?? {}) as Record<string, unknown>).flatMap(([key, address]) => {
    if (typeof address !== 'string' || !/^https?:/.test(address) || !URL.canParse(address)) return [];
    const problem = externalLinkProblem(new URL(address), linkHosts);
    if (!problem) return [];
    const { line, column } = read.positionOf?.([...at, key]) ?? { line: 1, column: 1 };
    return [`${shown}:${line}:${column}: ${[...at, key].join('.')}: "${address}" ${problem}`];
  });
}
