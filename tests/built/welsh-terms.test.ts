/**
 * The Welsh keeps to its terms (content/welsh-terms.yaml): no variant the term list rejects
 * appears in any Welsh text, whether written in MDX, in a YAML value, an interface string, the
 * checker or the glossary, or on a built Welsh page. Beside them, the rules of content/welsh-style.md
 * that are patterns: quotation marks are the house ‘ ’ (never straight quotes), an elision keeps
 * the straight apostrophe, and "Gallwch" takes its "chi".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { allFiles } from '../../src/hosting/dist-files';
import { contentDir } from '../support/fixtures';
import { parsedPages } from '../support/site-pages';
import { parseHtml, visibleText, type HTMLElement } from '../support/html';

const terms = z
  .array(
    z.strictObject({
      english: z.string(),
      use: z.string(),
      avoid: z.array(z.string()).min(1),
      except: z.array(z.string()).min(1).optional(),
    }),
  )
  .parse(parse(readFileSync(join(contentDir, 'welsh-terms.yaml'), 'utf8')));

/** Every Welsh string in a YAML value: the `cy` of each { en, cy } pair, however deep. */
function welshValues(value: unknown, path = ''): { where: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => welshValues(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'cy' && typeof item === 'string' ? [{ where: `${path}.cy`, text: item }] : welshValues(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

const files = allFiles(contentDir);
const texts: { where: string; text: string }[] = [
  ...files
    .filter((file) => /(^|\/)cy\/[^/]+\.mdx$/.test(file))
    .map((file) => ({ where: `content/${file}`, text: readFileSync(join(contentDir, file), 'utf8') })),
  ...files
    .filter((file) => file.endsWith('.yaml') && file !== 'welsh-terms.yaml')
    .flatMap((file) =>
      welshValues(parse(readFileSync(join(contentDir, file), 'utf8'))).map((v) => ({ where: `content/${file}: ${v.where}`, text: v.text })),
    ),
  ...parsedPages().flatMap((page) =>
    page.doc
      .querySelectorAll('[lang="cy"]')
      .filter((el) => el.tagName === 'HTML' || !el.closest('[lang="cy"] [lang="cy"]'))
      .map((el) => ({ where: `dist${page.url}`, text: visibleText(el) })),
  ),
];

/** The text with each allowed phrase (a term's `except`) taken out. */
function allowed(text: string, except: readonly string[] = []): string {
  return except.reduce((rest, words) => rest.replace(new RegExp(escapeRegExp(words), 'giu'), ' '), text);
}

const escapeRegExp = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const phrase = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'iu');

describe('Welsh terms', () => {
  it('reads Welsh from MDX, YAML and the built pages', () => {
    expect(texts.filter((t) => t.where.endsWith('.mdx')).length).toBeGreaterThan(10);
    expect(texts.filter((t) => t.where.includes('.yaml: ')).length).toBeGreaterThan(100);
    expect(texts.filter((t) => t.where.startsWith('dist/cy/')).length).toBeGreaterThan(10);
  });

  it.each(terms.map((term) => [term.english, term] as const))('%s: only the preferred term', (_english, term) => {
    const found = term.avoid.flatMap((variant) =>
      texts
        .filter(({ text }) => phrase(variant).test(allowed(text, term.except)))
        .map(({ where }) => `${where}: "${variant}" (write "${term.use}")`),
    );
    expect(found).toEqual([]);
  });

  it('takes an allowed phrase out before looking for a rejected one', () => {
    const title = terms.find((term) => term.except?.includes('‘Mwy na geiriau’'))!;
    expect(phrase('Mwy na geiriau').test(allowed('yn unol â ‘Mwy na geiriau’ a’r Cynnig', title.except))).toBe(false);
    expect(phrase('Mwy na geiriau').test(allowed('yn unol â Mwy na geiriau a’r Cynnig', title.except))).toBe(true);
    expect(phrase('Ble gallwch chi fynd').test(allowed('Cam 8: I ble gallwch chi fynd nesaf', ['i ble gallwch chi fynd']))).toBe(false);
  });

  it('would find a rejected variant, in any case and across a line break', () => {
    expect(phrase('Dysgu Egwyddorol').test('Bagloriaeth Cymru gyda dysgu\negwyddorol')).toBe(true);
    expect(phrase('SHC').test('Sgiliau Hanfodol Cymru (SHC)')).toBe(true);
    expect(phrase('SHC').test('SHCX')).toBe(false);
  });
});

/**
 * The Welsh prose a reader sees: every YAML value in Welsh, and the visible text of every built
 * Welsh page, leaving out code (the open data's JSON example and field names).
 */
const prose: { where: string; text: string }[] = [
  ...texts.filter((t) => t.where.includes('.yaml: ')),
  ...parsedPages().flatMap((page) =>
    page.doc
      .querySelectorAll('[lang="cy"]')
      .filter((el) => el.tagName === 'HTML' || !el.closest('[lang="cy"] [lang="cy"]'))
      .map((el) => ({ where: `dist${page.url}`, text: visibleText(withoutCode(el)) })),
  ),
];

function withoutCode(element: HTMLElement): HTMLElement {
  const clone = parseHtml(element.outerHTML);
  for (const code of clone.querySelectorAll('code, pre')) code.remove();
  return clone;
}

/** A straight quotation mark: any double quote, or a single one opening a word. */
const STRAIGHT_QUOTE = /"|(?:^|[\s([‘“—–-])'(?=\p{L})/u;
/** A curly apostrophe inside a word (a’r): the house elision is the straight apostrophe (a'r). */
const CURLY_ELISION = /\p{L}’\p{L}/u;
/** "Gallwch" with a verb after it and no "chi" between ("Gallwch gael"); "Gallwch." answers a question. */
const GALLWCH_WITHOUT_CHI = /(?<![\p{L}])gallwch\s+(?!chi(?![\p{L}]))\p{L}/iu;

describe('Welsh style (content/welsh-style.md)', () => {
  it('reads the Welsh prose of the YAML and of the built pages', () => {
    expect(prose.filter((t) => t.where.startsWith('dist/cy/')).length).toBeGreaterThan(10);
    expect(prose.filter((t) => t.where.includes('.yaml: ')).length).toBeGreaterThan(100);
  });
  it.each([
    ['quotation marks are the house ‘ ’, never straight quotes', STRAIGHT_QUOTE],
    ['an elision keeps the straight apostrophe, as every other word on the site does', CURLY_ELISION],
    ['"Gallwch" takes its "chi" (Gallwch chi gael), as on every other page', GALLWCH_WITHOUT_CHI],
  ] as const)('%s', (_rule, pattern) => {
    const found = prose
      .filter(({ text }) => pattern.test(text))
      .map(({ where, text }) => `${where}: …${text.slice(Math.max(0, text.search(pattern) - 30), text.search(pattern) + 30)}…`);
    expect(found).toEqual([]);
  });
  it('would find each of them', () => {
    expect(STRAIGHT_QUOTE.test('o dan "Ar y dudalen hon"')).toBe(true);
    expect(STRAIGHT_QUOTE.test("wedi'u marcio '(argymhellir)'")).toBe(false);
    expect(STRAIGHT_QUOTE.test("wedi'u marcio 'argymhellir'")).toBe(true);
    expect(STRAIGHT_QUOTE.test("Mae'r llwybr yn dweud hyn, a'r dudalen yn ei esbonio.")).toBe(false);
    expect(CURLY_ELISION.test('Mae’r llwybr')).toBe(true);
    expect(CURLY_ELISION.test("‘Dim un o'r rhain’")).toBe(false);
    expect(GALLWCH_WITHOUT_CHI.test('Gallwch gael rhagor o wybodaeth')).toBe(true);
    expect(GALLWCH_WITHOUT_CHI.test('Gallwch chi gael rhagor o wybodaeth')).toBe(false);
    expect(GALLWCH_WITHOUT_CHI.test('Gallwch. Gallwch chi gael eich asesu')).toBe(false);
  });
});
