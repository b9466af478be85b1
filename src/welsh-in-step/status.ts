/**
 * Whether the Welsh has kept up with the English, from a list of commits. Pure: the commits, with
 * each content file's text before and after, come from ./git-history.ts.
 *
 * What is translated, one unit at a time:
 * - a page: `…/pages/en/<file>.mdx` and `…/pages/cy/<file>.mdx` with the same front-matter `id`;
 * - a pair: a mapping with both `en` and `cy` in a YAML file under content/, named by its key path
 *   (`questions[language].title`: list items by their `id` or `value`).
 *
 * A commit changes a unit's English, its Welsh or both. English changed in a commit that does not
 * change the Welsh too is a change the Welsh may lack, unless the commit message says why it needs
 * none, with a trailer `Welsh-unchanged: <reason>`.
 */
import { parse } from 'yaml';

/** One file a commit touched: its text before and after (undefined: it did not exist). */
export interface FileChange {
  path: string;
  before?: string | undefined;
  after?: string | undefined;
}

export interface Commit {
  hash: string;
  /** Author date, ISO 8601. */
  date: string;
  subject: string;
  /** The reason given in a `Welsh-unchanged:` trailer, if any. */
  welshUnchanged?: string | undefined;
  files: FileChange[];
}

/** A unit of translation as a commit changed it. */
export interface UnitChange {
  /** Names the unit whatever its files are called: `<pages folder>:<id>`, `<file>#<key path>`. */
  unit: string;
  /** The file a reader would open: the English page, or the YAML file. */
  file: string;
  /** The page id, or the pair's key path. */
  key: string;
  en: boolean;
  cy: boolean;
}

export type CommitRef = Pick<Commit, 'hash' | 'date' | 'subject'>;

export interface OutOfDate {
  file: string;
  key: string;
  /** The last commit that changed the English, after the Welsh's last change. */
  english: CommitRef;
  /** The Welsh's last change in the history read, if any. */
  welsh?: CommitRef | undefined;
}

export interface UntranslatedChange {
  commit: CommitRef;
  changes: Pick<UnitChange, 'file' | 'key'>[];
}

const PAGE = /^(.*\/pages)\/(en|cy)\/([^/]+)\.mdx$/;
const YAML = /\.ya?ml$/;

function frontMatterId(text: string | undefined): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text ?? '')?.[1];
  return frontMatter ? /^id:\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/m.exec(frontMatter)?.[1] : undefined;
}

type Pair = { en: unknown; cy: unknown };
const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function itemName(item: unknown, index: number): string {
  if (isMapping(item)) {
    for (const field of ['id', 'value']) if (typeof item[field] === 'string') return item[field];
  }
  return String(index);
}

/** Every `{ en, cy }` pair in a YAML text by key path; none when the text is absent or not YAML. */
export function localisedPairs(text: string | undefined): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  if (text === undefined) return pairs;
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return pairs;
  }
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, `${path}[${itemName(item, index)}]`);
      });
    } else if (isMapping(value)) {
      if ('en' in value && 'cy' in value) pairs.set(path, { en: value.en, cy: value.cy });
      else for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(data, '');
  return pairs;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function pairChanges(file: FileChange): UnitChange[] {
  const before = localisedPairs(file.before);
  const after = localisedPairs(file.after);
  const changes: UnitChange[] = [];
  for (const [key, pair] of after) {
    const old = before.get(key);
    const change = {
      unit: `${file.path}#${key}`,
      file: file.path,
      key,
      en: !old || !same(old.en, pair.en),
      cy: !old || !same(old.cy, pair.cy),
    };
    if (change.en || change.cy) changes.push(change);
  }
  return changes;
}

/** The units a commit changed, and in which language. A page or pair that was only deleted is no change. */
export function unitChanges(commit: Pick<Commit, 'files'>): UnitChange[] {
  const pages = new Map<string, UnitChange>();
  const pairs: UnitChange[] = [];
  for (const file of commit.files) {
    const page = PAGE.exec(file.path);
    if (page) {
      if (file.after === undefined || file.before === file.after) continue;
      const [, pagesDir, lang, fileName] = page;
      const id = frontMatterId(file.after) ?? fileName!;
      const unit = `${pagesDir}:${id}`;
      const change = pages.get(unit) ?? { unit, file: `${pagesDir}/en/${fileName}.mdx`, key: id, en: false, cy: false };
      if (lang === 'en') change.file = file.path;
      change[lang as 'en' | 'cy'] = true;
      pages.set(unit, change);
    } else if (YAML.test(file.path)) {
      pairs.push(...pairChanges(file));
    }
  }
  return [...pages.values(), ...pairs];
}

const refOf = ({ hash, date, subject }: Commit): CommitRef => ({ hash, date, subject });
const isExempt = (commit: Commit) => Boolean(commit.welshUnchanged?.trim());

/**
 * Units whose English changed (in a commit without the trailer) after the Welsh last changed,
 * reading `commits` oldest first. What was in place before the first commit counts as in step.
 */
export function outOfDate(commits: Commit[]): OutOfDate[] {
  const state = new Map<string, { file: string; key: string; english?: CommitRef; welsh?: CommitRef }>();
  for (const commit of commits) {
    for (const change of unitChanges(commit)) {
      const unit = state.get(change.unit) ?? { file: change.file, key: change.key };
      if (change.en) unit.file = change.file;
      if (change.cy) {
        unit.welsh = refOf(commit);
        delete unit.english;
      } else if (change.en && !isExempt(commit)) {
        unit.english = refOf(commit);
      }
      state.set(change.unit, unit);
    }
  }
  return [...state.values()].flatMap(({ file, key, english, welsh }) => (english ? [{ file, key, english, welsh }] : []));
}

/** Commits without the trailer that change a unit's English and not its Welsh, with those units. */
export function untranslatedChanges(commits: Commit[]): UntranslatedChange[] {
  return commits.flatMap((commit) => {
    if (isExempt(commit)) return [];
    const changes = unitChanges(commit)
      .filter((change) => change.en && !change.cy)
      .map(({ file, key }) => ({ file, key }));
    return changes.length ? [{ commit: refOf(commit), changes }] : [];
  });
}
