/**
 * The Welsh keeps to its terms (content/welsh-terms.yaml): no variant the term list rejects
 * appears in any Welsh text, whether written in MDX, in a YAML value, an interface string, the
 * checker or the glossary, or on a built Welsh page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { allFiles } from '../../src/hosting/dist-files';
import { contentDir } from '../support/fixtures';
import { parsedPages } from '../support/site-pages';
import { visibleText } from '../support/html';

const terms = z
  .array(z.strictObject({ english: z.string(), use: z.string(), avoid: z.array(z.string()).min(1) }))
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
  ...files.filter((file) => /(^|\/)cy\/[^/]+\.mdx$/.test(file)).map((file) => ({ where: `content/${file}`, text: readFileSync(join(contentDir, file), 'utf8') })),
  ...files
    .filter((file) => file.endsWith('.yaml') && file !== 'welsh-terms.yaml')
    .flatMap((file) => welshValues(parse(readFileSync(join(contentDir, file), 'utf8'))).map((v) => ({ where: `content/${file}: ${v.where}`, text: v.text }))),
  ...parsedPages()
    .flatMap((page) => page.doc.querySelectorAll('[lang="cy"]').filter((el) => el.tagName === 'HTML' || !el.closest('[lang="cy"] [lang="cy"]')).map((el) => ({ where: `dist${page.url}`, text: visibleText(el) }))),
];

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const phrase = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'iu');

describe('Welsh terms', () => {
  it('reads Welsh from MDX, YAML and the built pages', () => {
    expect(texts.filter((t) => t.where.endsWith('.mdx')).length).toBeGreaterThan(10);
    expect(texts.filter((t) => t.where.includes('.yaml: ')).length).toBeGreaterThan(100);
    expect(texts.filter((t) => t.where.startsWith('dist/cy/')).length).toBeGreaterThan(10);
  });

  it.each(terms.map((term) => [term.english, term] as const))('%s: only the preferred term', (_english, term) => {
    const found = term.avoid.flatMap((variant) =>
      texts.filter(({ text }) => phrase(variant).test(text)).map(({ where }) => `${where}: "${variant}" (write "${term.use}")`),
    );
    expect(found).toEqual([]);
  });

  it('would find a rejected variant, in any case and across a line break', () => {
    expect(phrase('Dysgu Egwyddorol').test('Bagloriaeth Cymru gyda dysgu\negwyddorol')).toBe(true);
    expect(phrase('SHC').test('Sgiliau Hanfodol Cymru (SHC)')).toBe(true);
    expect(phrase('SHC').test('SHCX')).toBe(false);
  });
});
