/**
 * A build either has all its data or fails, and an author's mistake gets a message with file and
 * line (security review F5, F14, F15, F16): YAML is read once, by one parser with one set of
 * rules, in the content check and in Astro's loaders; a loader that would log and carry on stops
 * the build instead. Each case is the real content plus one named edit.
 */
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { allOrNothing, parseYaml } from '../../src/astro/strict-loader';
import { contentCheckWithEdit } from '../support/content-edit';

const checkWithEdit = contentCheckWithEdit();

describe('the content check reads YAML as the build does', () => {
  it("refuses a tag it does not know, which Astro's own parser would refuse or drop (F5)", () => {
    const problems = checkWithEdit('site/search-aliases.yaml', (text) => text.replace(/^(\s+en: \[)/m, '$1!guided '));
    expect(problems).toEqual([expect.stringMatching(/^site\/search-aliases\.yaml:\d+:\d+: not valid YAML: Unresolved tag: !guided/)]);
  });

  it('names the file and line of an alias bomb, with no stack trace (F14)', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const name = String.fromCharCode(98 + i);
        const previous = String.fromCharCode(97 + i);
        return `${name}: &${name} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`;
      }),
    ].join('\n');
    const problems = checkWithEdit('site/ui/common.yaml', (text) => `${text}\n${bomb}\n`);
    expect(problems).toEqual([
      expect.stringMatching(/^site\/ui\/common\.yaml:\d+:\d+: not valid YAML: too many aliases \(\*name\): write the values out$/),
    ]);
  });

  it("refuses __proto__ as an entry's id, which a record would drop unseen (F15)", () => {
    const problems = checkWithEdit(
      'site/glossary.yaml',
      (text) => `${text}\n__proto__:\n  term: { en: Prototype, cy: Prototeip }\n  definition: { en: A definition, cy: Diffiniad }\n`,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^site\/glossary\.yaml:\d+:1: "__proto__" is a reserved name and cannot be a key: choose another id$/),
    ]);
  });

  it('refuses a title too long for a page to show (F16)', () => {
    const problems = checkWithEdit('pathways/clinical-coding/pages/en/progression.mdx', (text) =>
      text.replace(/^title: .*$/m, `title: ${'Progression '.repeat(1000).trim()}`),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^pathways\/clinical-coding\/pages\/en\/progression\.mdx:\d+:\d+: title: is too long for a title \(120 characters at most\)/,
      ),
    ]);
    const pathway = checkWithEdit('pathways/clinical-coding/pathway.yaml', (text) =>
      text.replace(/^ {2}en: Clinical Coding$/m, `  en: ${'Clinical Coding '.repeat(800).trim()}`),
    );
    expect(pathway).toEqual([
      expect.stringMatching(
        /^pathways\/clinical-coding\/pathway\.yaml:\d+:\d+: title\.en: is too long for a title \(100 characters at most\)/,
      ),
    ]);
  });
});

describe("Astro's loaders", () => {
  const context = (keys: string[]) =>
    ({
      collection: 'glossary',
      logger: { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined },
      store: { keys: () => keys },
    }) as unknown as LoaderContext;

  it("read YAML with the content check's parser, and refuse what it refuses, naming file and line (F5)", () => {
    expect(parseYaml('content/site/glossary.yaml')('credit:\n  term: { en: Credit }\n')).toEqual({ credit: { term: { en: 'Credit' } } });
    expect(() => parseYaml('content/site/glossary.yaml')('credit:\n  term: { en: !fixed Credit }\n')).toThrow(
      /content\/site\/glossary\.yaml:2:\d+: not valid YAML: Unresolved tag: !fixed/,
    );
  });

  it('stop the build when a loader logs an error, rather than publish a collection emptied or kept from the cache (F5)', async () => {
    const logsAndCarriesOn = {
      name: 'file-loader',
      load: async ({ logger }: LoaderContext) => logger.error('Error reading data from ./content/site/glossary.yaml'),
    };
    await expect(allOrNothing(logsAndCarriesOn, 'content').load(context(['credit']))).rejects.toThrow(
      /content collection "glossary": Error reading data from \.\/content\/site\/glossary\.yaml/,
    );
  });

  it('stop the build when a collection is left empty', async () => {
    const loadsNothing = { name: 'glob-loader', load: async () => undefined };
    await expect(allOrNothing(loadsNothing, 'content').load(context([]))).rejects.toThrow(/content collection "glossary": is empty/);
    await expect(allOrNothing(loadsNothing, 'content').load(context(['credit']))).resolves.toBeUndefined();
  });
});
