/**
 * The content check on a copy of the real content with files edited: "a real file plus one
 * named edit", for tests of what the check says about a mistake. Copies are removed after the file.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { checkContentFiles, type CheckOptions } from '../../src/validation/check-content-files';
import { checkContent } from '../../src/validation/check-content';
import { contentDir } from './fixtures';

/** A named edit: the file under content/ and what becomes of its text. */
export type ContentEdit = [file: string, edit: (text: string) => string];

/**
 * A copy of content/ with each edit made (each must change its file; an edit of a file that does
 * not exist starts from ""), in a folder of its own that stands for the project's root.
 */
export function contentCopies(): (...edits: ContentEdit[]) => { root: string; contentDir: string } {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });
  return (...edits) => {
    const root = mkdtempSync(join(tmpdir(), 'content-check-'));
    copies.push(root);
    const copy = join(root, 'content');
    cpSync(contentDir, copy, { recursive: true });
    for (const [file, edit] of edits) {
      const path = join(copy, file);
      let before = '';
      try {
        before = readFileSync(path, 'utf8');
      } catch {
        mkdirSync(join(path, '..'), { recursive: true });
      }
      const after = edit(before);
      expect(after, `the edit changes ${file}`).not.toBe(before);
      writeFileSync(path, after);
    }
    return { root, contentDir: copy };
  };
}

/** The whole content check (src/validation/check-content.ts), as the build runs it, on such a copy: files named as the build names them ("content/pathways/…"). */
export function wholeContentCheck(): (...edits: ContentEdit[]) => string[] {
  const copy = contentCopies();
  return (...edits) => {
    const { root, contentDir: copied } = copy(...edits);
    return checkContent(copied, root);
  };
}

export function contentCheckWithEdit(options: CheckOptions = {}): (file: string, edit: (text: string) => string) => string[] {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });
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
