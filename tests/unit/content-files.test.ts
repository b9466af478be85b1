/**
 * Every structured content file is checked before Astro loads it (src/validation/): each
 * broken fixture fails with exactly the messages its `# expect:` lines give (line, column, field
 * named by its id, reason), and the shipped content and the valid fixtures pass.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkContentFile, checkContentFiles, fileSchema } from '../../src/validation/check-content-files';
import { contentDir, fixturesDir } from '../support/fixtures';
import { projectRoot } from '../support/paths';
import { brokenFixtures } from '../support/broken-fixtures';

/** Fixture folders (tests/fixtures/{broken,good}/content/<kind>/) and the schema each file is checked against. */
const FIXTURE_SCHEMAS: Record<string, z.ZodType> = {
  pathway: fileSchema('pathways'),
  checker: fileSchema('checkers'),
  site: fileSchema('site'),
  ui: fileSchema('ui'),
  glossary: fileSchema('glossary'),
  'search-aliases': fileSchema('searchAliases'),
  page: fileSchema('pathwayPages'),
  steps: fileSchema('steps'),
  questions: fileSchema('questions'),
};

/** The valid fixtures (tests/fixtures/good/content/<kind>/), each a file of its own. */
function goodFixtures(): { kind: string; name: string; text: string }[] {
  return Object.keys(FIXTURE_SCHEMAS).flatMap((folder) => {
    const dir = join(fixturesDir, 'good', 'content', folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    return names.map((name) => ({ kind: folder, name, text: readFileSync(join(dir, name), 'utf8') }));
  });
}

const check = (file: { kind: string; name: string; text: string }) =>
  checkContentFile(file.name, file.text, FIXTURE_SCHEMAS[file.kind]!, file.name.endsWith('.mdx'));

describe('broken content files', () => {
  const fixtures = Object.keys(FIXTURE_SCHEMAS).flatMap((kind) => brokenFixtures(kind));

  it('there is one in each folder that has them, among them edits of the real checker', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    expect(fixtures.filter((file) => file.kind === 'checker' && file.name.endsWith('.edit.yaml')).length).toBeGreaterThan(0);
  });

  // `# expect: …` in YAML and front matter; `{/* expect: … */}` after an MDX page's text.
  it.each(fixtures.map((file) => [`${file.kind}/${file.name}`, file] as const))('%s fails with its expected messages', (_name, file) => {
    expect(file.expected.length, 'the fixture says what it expects').toBeGreaterThan(0);
    expect(check(file)).toEqual(file.expected.map((message) => `${file.name}:${message}`));
  });
});

describe('valid content files', () => {
  it('the shipped content passes', () => {
    expect(checkContentFiles(contentDir, projectRoot)).toEqual([]);
  });

  it('the second pathway fixture passes, added to the shipped content', () => {
    const merged = mkdtempSync(join(tmpdir(), 'second-pathway-'));
    try {
      cpSync(contentDir, merged, { recursive: true });
      cpSync(join(fixturesDir, 'second-pathway'), merged, { recursive: true });
      expect(checkContentFiles(merged, merged)).toEqual([]);
    } finally {
      rmSync(merged, { recursive: true, force: true });
    }
  });

  it.each(goodFixtures().map((file) => [`${file.kind}/${file.name}`, file] as const))('%s passes', (_name, file) => {
    expect(check(file)).toEqual([]);
  });
});
