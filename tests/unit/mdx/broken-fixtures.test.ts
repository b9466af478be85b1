/**
 * Each fixture in tests/fixtures/broken/mdx/ is the real English progression page with one thing
 * that must not be published put in it (tests/support/broken-fixtures.ts). Compiled with the check
 * the build runs, each must stop with "<file>:<line>:<column>: <reason>" as its `# expect:` line
 * gives it; every page in content/ must compile.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileError, compileSourceError } from '../../support/mdx';
import { brokenFixturesIn } from '../../support/broken-fixtures';
import { contentDir, fixturesDir } from '../../support/fixtures';
import { projectRoot } from '../../support/paths';

const brokenDir = join(fixturesDir, 'broken', 'mdx');
const fixtures = brokenFixturesIn(brokenDir);

describe('a broken MDX file stops the compile, naming file, line, column and reason', () => {
  it('has the cases it had, each an edit of a real page', () => {
    expect(fixtures.map((fixture) => fixture.name.replace(/\.edit\.yaml$/, '')).sort()).toEqual([
      'bidi-character',
      'data-link',
      'duplicate-definition',
      'embed',
      'form',
      'heading-attributes',
      'http-image',
      'http-link',
      'iframe',
      'javascript-link',
      'object',
      'on-attribute',
      'protocol-relative-link',
      'raw-text-element',
      'script',
      'set-html',
      'style',
      'zero-width-space',
    ]);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (name, fixture) => {
    // One `# expect: <line>:<column>: <reason>` each: the reason may be the start of the message.
    expect(fixture.expected, 'the fixture says what it expects').toHaveLength(1);
    const [, line, column] = /^(\d+):(\d+): /.exec(fixture.expected[0]!)!;
    const file = join(brokenDir, name);
    const error = await compileSourceError(fixture.text, file);
    expect(error, 'the file compiled').toBeDefined();
    expect(error!.problems).toHaveLength(1);
    const [message] = error!.message.split('\n').slice(1);
    expect(message).toContain(`${relative(projectRoot, file)}:${fixture.expected[0]}`);
    expect([error!.line, error!.column]).toEqual([Number(line), Number(column)]);
  });
});

describe('the real content passes (and the fixture second pathway)', () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
    );
  const files = [...pages(contentDir), ...pages(join(fixturesDir, 'second-pathway'))];

  it('finds the site and pathway pages in both languages', () => {
    expect(files.some((f) => f.includes('/site/pages/cy/'))).toBe(true);
    expect(files.some((f) => f.includes('/pathways/clinical-coding/pages/en/'))).toBe(true);
  });

  it.each(files.map((file) => [relative(projectRoot, file), file]))('%s', async (_name, file) => {
    expect((await compileError(file))?.message).toBeUndefined();
  });
});
