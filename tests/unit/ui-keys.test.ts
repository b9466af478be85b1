/**
 * Every interface string the code asks for exists, in both languages, and every string in
 * content/site/ui/ is asked for by some code. Keys are read from the source: literal keys
 * (`t('skip-link')`), keys made from a prefix and a value (`` t(`language-${code}`) ``: a family,
 * whose members are listed below from where the values come from), and prefixes handed to a
 * browser script (`t.pick('count-result-')`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles } from '../../src/hosting/dist-files';
import { countKeySuffixes } from '../../src/lib/i18n/count';
import { locales } from '../../src/lib/i18n/locale';
import { assessmentLanguages, qualificationChoices, qualificationTypes } from '../../src/schemas/pathway';
import { UNSTATED } from '../../src/schemas/unstated';
import { stepLogics } from '../../src/schemas/journey';
import { ui } from '../support/ui';
import { documentFields, fieldKey, FIELD_KINDS } from '../../src/lib/open-data/fields';
import { projectRoot } from '../support/paths';

const srcDir = join(projectRoot, 'src');
const sources = allFiles(srcDir)
  .filter((file) => /\.(ts|astro)$/.test(file))
  .map((file) => ({ file: `src/${file}`, text: readFileSync(join(srcDir, file), 'utf8') }));
const keys = [...ui.keys()];
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)+$|^[a-z]+$/;

/** Nouns the code counts: `formatCount(t, lang, 'question', n, where)`, each with both its forms and its Welsh gender. */
const countedNouns = [
  ...new Set(sources.flatMap(({ text }) => [...text.matchAll(/formatCount(?:InFigures)?\([^,]+,[^,]+,\s*'([a-z-]+)'/g)].map((m) => m[1]!))),
];

/** Key families the code builds from a prefix and a value, and the values it can be given. */
const FAMILIES: Record<string, readonly string[]> = {
  'language-': assessmentLanguages,
  'type-': qualificationTypes,
  'fact-': UNSTATED,
  'fact-choice-': qualificationChoices,
  'qualifications-': qualificationChoices,
  'qualification-table-caption-': [...qualificationTypes, 'not-stated'],
  'count-': countedNouns.flatMap((noun) => countKeySuffixes.map((suffix) => `${noun}-${suffix}`)),
  'source-in-': locales,
  'open-data-type-': FIELD_KINDS,
  // Each field's description (tests/unit/open-data.test.ts also finds none for a field that is gone).
  'open-data-field-': [
    ...new Set(
      [...documentFields('pathway'), ...documentFields('index')].map((field) => fieldKey(field.path).replace('open-data-field-', '')),
    ),
  ],
  'step-logic-': stepLogics,
  'step-joined-': stepLogics,
};

function found(pattern: RegExp): { file: string; match: string }[] {
  return sources.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => ({ file, match: m[1]! })));
}

/** `t('key')`, `t.template('key')`, `translator(…)('key')`. */
const literalCalls = found(/(?:\bt|\.template|\))\(\s*'([a-z0-9-]+)'/g);
/** `` `prefix-${ `` anywhere: a key built from a value. */
const familyPrefixes = [...new Set(found(/`([a-z][a-z0-9-]*-)\$\{/g).map((f) => f.match))].filter((prefix) =>
  keys.some((key) => key.startsWith(prefix)),
);
/** Strings handed to `t.pick(…)`. */
const picked = [
  ...new Set(
    sources.flatMap(({ text }) =>
      [...text.matchAll(/\.pick\(([^)]*)\)/g)].flatMap((m) => [...m[1]!.matchAll(/'([a-z0-9-]+)'/g)].map((k) => k[1]!)),
    ),
  ),
];

describe('interface strings the code asks for', () => {
  it.each(literalCalls.map((call) => [call.match, call.file] as const))('%s (%s) exists', (key) => {
    expect(ui.has(key), `add "${key}" in en and cy to a file in content/site/ui/`).toBe(true);
  });

  it('finds the calls it checks', () => {
    expect(literalCalls.length).toBeGreaterThan(30);
    expect(countedNouns).toEqual(expect.arrayContaining(['question', 'result', 'credit', 'hour', 'address-part']));
    expect(familyPrefixes.length).toBeGreaterThan(2);
  });

  it('every key family built in code is listed here, with the values it takes', () => {
    expect(familyPrefixes.filter((prefix) => !(prefix in FAMILIES))).toEqual([]);
  });

  it.each(Object.entries(FAMILIES))('family %s: every member exists', (prefix, values) => {
    for (const value of values) {
      expect(ui.has(`${prefix}${value}`), `${prefix}${value}`).toBe(true);
    }
  });

  it('every prefix handed to a browser script names at least one string', () => {
    for (const prefix of picked)
      expect(
        keys.some((key) => key.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });
});

describe('interface strings in content/site/ui/', () => {
  const quoted = new Set(
    sources.flatMap(({ text }) => [...text.matchAll(/['"`]([a-z0-9-]+)['"`]/g)].map((m) => m[1]!)).filter((word) => KEY.test(word)),
  );

  it('are each used by some code', () => {
    const unused = keys.filter(
      (key) =>
        !quoted.has(key) &&
        !Object.keys(FAMILIES).some((prefix) => key.startsWith(prefix)) &&
        !picked.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('count only nouns the code counts', () => {
    const counted = new Set(FAMILIES['count-']!.map((member) => `count-${member}`));
    expect(keys.filter((key) => key.startsWith('count-') && !counted.has(key))).toEqual([]);
  });
});
