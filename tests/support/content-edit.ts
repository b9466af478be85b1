/**
 * The content check on a copy of the real content with one file edited: "a real file plus one
 * named edit", for tests of what the check says about a mistake. Copies are removed after the file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { checkContentFiles, type CheckOptions } from '../../src/validation/check-content-files';
import { contentDir } from './fixtures';

export function contentCheckWithEdit(options: CheckOptions = {}): (file: string, edit: (text: string) => string) => string[] {
  const copies: string[] = [];
  afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));
  return (file, edit) => {
    const copy = mkdtempSync(join(tmpdir(), 'content-edit-'));
    copies.push(copy);
    cpSync(contentDir, copy, { recursive: true });
    const before = readFileSync(join(copy, file), 'utf8');
    const after = edit(before);
    expect(after, 'the edit changes the file').not.toBe(before);
    writeFileSync(join(copy, file), after);
    return checkContentFiles(copy, copy, options);
  };
}
