/**
 * A Welsh page left as its English page: front matter a reader sees (title, navTitle,
 * description) the same as the English, and prose copied from it, unit by unit (a paragraph
 * however its lines are broken, a list item, a table row, a heading), with the lines of both
 * files. Names of a few words may be the same in both languages (./left-as-english). Pure.
 */
import { foldText, isLeftAsEnglish, MAX_SHARED_NAME_WORDS, wordCount } from './left-as-english';

/** One language of a page, as the check compares it. */
export interface PageText {
  file: string;
  /** The MDX after the front matter. */
  body: string;
  /** The line of the file `body` starts on; 1 when not given. */
  bodyLine?: number | undefined;
  title?: string | undefined;
  navTitle?: string | undefined;
  description?: string | undefined;
  /** Where a front matter field is written, for its message; the file alone when not given. */
  fieldLine?: ((field: string) => { line: number; column: number }) | undefined;
}

/** Prose as a reader sees it: tags, comments, link addresses and {#ids} dropped. */
export function proseOf(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\{#[^}]*\}/g, ' ');
}

/** Lines that start a unit of their own: list items, table rows and headings. */
const STARTS_UNIT = /^\s*(?:[-*+]\s|\d+[.)]\s|\||#{1,6}\s)/;

/**
 * The prose before `index` in its own paragraph, list item, table row or heading, as a reader
 * sees it, with the list item's marker or heading's hashes dropped: "" when `index` starts it.
 */
export function proseBefore(body: string, index: number): string {
  const lines = body.slice(0, index).split('\n');
  let first = lines.length - 1;
  while (first > 0 && !STARTS_UNIT.test(lines[first]!) && lines[first - 1]!.trim() !== '') first -= 1;
  return proseOf(
    lines
      .slice(first)
      .join(' ')
      .replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6})\s+/, ''),
  ).replace(/\s+/g, ' ');
}

/** A paragraph of prose, a list item, a table row or a heading, and the line of the file it starts on. */
interface ProseUnit {
  line: number;
  folded: string;
}

/**
 * A page's prose, unit by unit: paragraphs (lines up to a blank line, however they are broken),
 * list items, table rows and headings. Units of a name's length or shorter are left out.
 */
function proseUnits(page: PageText): ProseUnit[] {
  const units: ProseUnit[] = [];
  let current: { line: number; text: string } | undefined;
  const end = () => {
    if (current && wordCount(proseOf(current.text)) > MAX_SHARED_NAME_WORDS)
      units.push({ line: current.line, folded: foldText(proseOf(current.text)) });
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

const FRONT_MATTER_TEXT = ['title', 'navTitle', 'description'] as const;

/**
 * What of a Welsh page is its English page's, left untranslated: front matter text the same as
 * the English, and prose units the same as one of the English page's, or part of one (a
 * paragraph split in two), each named with the English unit's line.
 */
export function untranslatedProblems(welsh: PageText, english: PageText): string[] {
  const problems: string[] = [];
  for (const field of FRONT_MATTER_TEXT) {
    const [englishText, welshText] = [english[field], welsh[field]];
    if (!englishText || !welshText || !isLeftAsEnglish(englishText, welshText)) continue;
    const at = welsh.fieldLine?.(field);
    problems.push(`${welsh.file}${at ? `:${at.line}:${at.column}` : ''}: ${field}: is the same as in ${english.file}: write it in Welsh`);
  }
  const englishUnits = proseUnits(english);
  for (const { line, folded } of proseUnits(welsh)) {
    const same = englishUnits.find((unit) => unit.folded === folded) ?? englishUnits.find((unit) => unit.folded.includes(folded));
    if (same) problems.push(`${welsh.file}:${line}: body: is the same as ${english.file}:${same.line}: write it in Welsh`);
  }
  return problems;
}
