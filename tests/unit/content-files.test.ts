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

/** Fixture folders (tests/fixtures/{broken,good}/content/<kind>/) and the schema each file is checked against. */
export const FIXTURE_SCHEMAS: Record<string, z.ZodType> = {
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

function fixtureFiles(kind: 'broken' | 'good'): { kind: string; name: string; path: string; text: string }[] {
  return Object.keys(FIXTURE_SCHEMAS).flatMap((folder) => {
    const dir = join(fixturesDir, kind, 'content', folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    return names.map((name) => ({ kind: folder, name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
  });
}

const check = (file: { kind: string; name: string; text: string }) =>
  checkContentFile(file.name, file.text, FIXTURE_SCHEMAS[file.kind]!, file.name.endsWith('.mdx'));

/** A fixture's `{today}` is the date the check runs on, which a message about a future date names. */
const withToday = (message: string) => message.replaceAll('{today}', new Date().toISOString().slice(0, 10));

describe('broken content files', () => {
  it.each(fixtureFiles('broken').map((file) => [`${file.kind}/${file.name}`, file] as const))('%s fails with its expected messages', (_name, file) => {
    // `# expect: …` in YAML and front matter; `{/* expect: … */}` after an MDX page's text.
    const expected = [...file.text.matchAll(/^(?:#|\{\/\*)\s*expect:\s*(.+?)\s*(?:\*\/\})?$/gm)].map((match) => `${file.name}:${withToday(match[1]!)}`);
    expect(expected.length, 'the fixture says what it expects').toBeGreaterThan(0);
    expect(check(file)).toEqual(expected);
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

  it.each(fixtureFiles('good').map((file) => [`${file.kind}/${file.name}`, file] as const))('%s passes', (_name, file) => {
    expect(check(file)).toEqual([]);
  });
});
