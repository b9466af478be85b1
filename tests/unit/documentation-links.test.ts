/**
 * The documentation leads where it says: every link in every README.md in the repository (outside
 * node_modules and dist) goes to a file or folder that exists, a `#fragment` to a heading of the
 * Markdown file it names, by GitHub's anchors, and a link to another site over https. The build's
 * messages that send a reader to a README's section name one that exists.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorsIn, brokenLinks, githubSlug, headingsIn, linksIn, readmeFiles } from '../support/markdown-links';
import { projectRoot } from '../support/paths';

const readmes = readmeFiles(projectRoot);

describe('the links in every README.md', () => {
  it('finds the README beside each part of the project, and none in node_modules or dist', () => {
    expect(readmes).toEqual(
      expect.arrayContaining(['README.md', 'content/README.md', 'src/README.md', 'tests/README.md', 'scripts/README.md']),
    );
    expect(readmes.filter((file) => /(^|\/)(node_modules|dist)\//.test(file))).toEqual([]);
  });

  it.each(readmes)('%s: every link leads to a file, a heading or an https address', (file) => {
    expect(brokenLinks(projectRoot, file)).toEqual([]);
  });

  it('the top README links every other one', () => {
    const linked = new Set(linksIn(readFileSync(join(projectRoot, 'README.md'), 'utf8')).map(({ target }) => target.split('#')[0]));
    expect(readmes.filter((file) => file !== 'README.md' && !linked.has(file))).toEqual([]);
  });
});

describe("the build's messages that name a README section", () => {
  // `content/README.md ("When content is wrong")`, `(src/hosting/README.md, "Deploying")`.
  const named = /([\w./-]*README\.md),? \(?"([^"]+)"/g;
  const sources = ['src', 'scripts', 'astro.config.mjs'].flatMap((top) =>
    top.includes('.')
      ? [top]
      : readdirSync(join(projectRoot, top), { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.(ts|mjs|astro)$/.test(file))
          .map((file) => `${top}/${file.split(sep).join('/')}`),
  );
  const references = sources.flatMap((source) =>
    [...readFileSync(join(projectRoot, source), 'utf8').matchAll(named)].map((match) => ({
      source,
      readme: match[1]!,
      section: match[2]!,
    })),
  );

  it('are found', () => {
    expect(references.map(({ readme, section }) => `${readme}: ${section}`)).toEqual(
      expect.arrayContaining(['content/README.md: When content is wrong', 'src/hosting/README.md: Deploying']),
    );
  });

  it('name a README and a heading that exist', () => {
    const missing = references.filter(({ readme, section }) => {
      const file = readmes.find((candidate) => candidate === readme);
      return !file || !headingsIn(readFileSync(join(projectRoot, file), 'utf8')).includes(section);
    });
    expect(missing.map(({ source, readme, section }) => `${source}: ${readme}, "${section}"`)).toEqual([]);
  });
});

describe('the link check itself', () => {
  // Each test reads a repository of its own, so that none sees another's files, whatever the order.
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  const write = (root: string, file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  /** A small repository: a guide with headings, a source file, and READMEs in dist and node_modules. */
  function repository(): string {
    const root = mkdtempSync(join(tmpdir(), 'documentation-links-'));
    roots.push(root);
    write(
      root,
      'guide/README.md',
      "# Guide\n\n## What `npm test` runs\n\n## The applicant's journey: step by step, questions\n\n## Notes\n\n## Notes\n\nTitle\n---\n",
    );
    write(root, 'src/policy.ts', 'export {};\n');
    write(root, 'dist/README.md', '[nowhere](nowhere.md)\n');
    write(root, 'node_modules/pkg/README.md', '[nowhere](nowhere.md)\n');
    return root;
  }

  it("reads GitHub's anchors: lower case, punctuation gone, spaces as hyphens, repeats numbered", () => {
    expect(githubSlug("The applicant's journey: step by step, questions")).toBe('the-applicants-journey-step-by-step-questions');
    expect(githubSlug('Notes for the content owner (Welsh terms to review)')).toBe('notes-for-the-content-owner-welsh-terms-to-review');
    expect(githubSlug('Budgets, measured')).toBe('budgets-measured');
    expect(githubSlug('Cymraeg: ŵ, ŷ a’r llall')).toBe('cymraeg-ŵ-ŷ-ar-llall');
    expect([...anchorsIn(readFileSync(join(repository(), 'guide/README.md'), 'utf8'))]).toEqual([
      'guide',
      'what-npm-test-runs',
      'the-applicants-journey-step-by-step-questions',
      'notes',
      'notes-1',
      'title',
    ]);
  });

  it('reads links in prose, never in code', () => {
    const markdown = [
      'See [the guide](guide/README.md#notes "Notes"), ![a picture](img/a.png) and <https://example.org/>.',
      'Also https://example.com/a, and `[not a link](nowhere.md)` in code.',
      '```sh',
      '[nor this](nowhere.md) http://127.0.0.1:4321/',
      '```',
      '[label]: src/policy.ts',
      '<a href="guide/">the guide folder</a>',
    ].join('\n');
    expect(linksIn(markdown)).toEqual([
      { line: 1, target: 'guide/README.md#notes' },
      { line: 1, target: 'img/a.png' },
      { line: 1, target: 'https://example.org/' },
      { line: 2, target: 'https://example.com/a' },
      { line: 6, target: 'src/policy.ts' },
      { line: 7, target: 'guide/' },
    ]);
  });

  it('passes links that lead somewhere, and leaves out node_modules and dist', () => {
    const root = repository();
    write(
      root,
      'README.md',
      [
        '[guide](guide/README.md), [a section](guide/README.md#what-npm-test-runs), [the second Notes](guide/README.md#notes-1),',
        "[a folder](guide/), [its README's heading](guide#title), [code](src/policy.ts), [from the root](/src/policy.ts),",
        '[here](#top), <https://github.com/GoogleChrome/lighthouse/issues/4386>',
        '',
        '# Top',
      ].join('\n'),
    );
    expect(readmeFiles(root)).toEqual(['README.md', 'guide/README.md']);
    expect(brokenLinks(root, 'README.md')).toEqual([]);
  });

  it('fails each link that leads nowhere, naming the file, line and reason', () => {
    const root = repository();
    write(
      root,
      'guide/broken/README.md',
      [
        '[a file that is not there](../policy.ts) and [a moved section](../README.md#what-npm-start-runs)',
        '[a fragment in code](../../src/policy.ts#L1), [out of the repository](../../../elsewhere.md)',
        '[plain http](http://example.org/), <http://example.org/>, http://127.0.0.1:4321/ and [no scheme](//example.org/)',
        '[empty]() [case](../README.md#Notes)',
      ].join('\n'),
    );
    expect(brokenLinks(root, 'guide/broken/README.md')).toEqual([
      'guide/broken/README.md:1: ../policy.ts: leads to guide/policy.ts, which does not exist',
      'guide/broken/README.md:1: ../README.md#what-npm-start-runs: names #what-npm-start-runs, but guide/README.md has no heading with that anchor',
      'guide/broken/README.md:2: ../../src/policy.ts#L1: names #L1 in src/policy.ts, which is not a Markdown file with headings',
      'guide/broken/README.md:2: ../../../elsewhere.md: leads out of the repository',
      'guide/broken/README.md:3: http://example.org/: uses http:, but a link to another site must use https:',
      'guide/broken/README.md:3: //example.org/: is protocol-relative: write it with https://',
      'guide/broken/README.md:3: http://example.org/: uses http:, but a link to another site must use https:',
      'guide/broken/README.md:3: http://127.0.0.1:4321/: uses http:, but a link to another site must use https:',
      'guide/broken/README.md:4: : is empty',
      'guide/broken/README.md:4: ../README.md#Notes: names #Notes, but guide/README.md has no heading with that anchor (did you mean #notes?)',
    ]);
  });

  it('reports a broken link in the real documents as it would in these', () => {
    // The real README with one link broken: the check that passes it above fails it here.
    const copy = join(repository(), 'copy');
    mkdirSync(copy);
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain('](content/README.md#when-content-is-wrong)');
    writeFileSync(
      join(copy, 'README.md'),
      readme.replace('](content/README.md#when-content-is-wrong)', '](content/README.md#when-the-content-is-wrong)'),
    );
    mkdirSync(join(copy, 'content'));
    writeFileSync(join(copy, 'content/README.md'), readFileSync(join(projectRoot, 'content/README.md'), 'utf8'));
    expect(brokenLinks(copy, 'README.md').filter((problem) => problem.includes('content/README.md#'))).toEqual([
      expect.stringMatching(
        /^README\.md:\d+: content\/README\.md#when-the-content-is-wrong: names #when-the-content-is-wrong, but content\/README\.md has no heading with that anchor$/,
      ),
    ]);
  });
});
