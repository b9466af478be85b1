/**
 * The broken content fixtures (tests/fixtures/broken/content/<kind>/), each read as the file it
 * stands for, with the messages its `# expect:` lines give.
 *
 * A fixture is either a small file of its own, or, named `<case>.edit.yaml`, a real content file
 * plus one named edit, so that it follows the real file as it changes instead of going stale:
 *
 *   # BROKEN on purpose (…): what is wrong.
 *   real: pathways/clinical-coding/checker.yaml   # under content/
 *   find: "label: { en: From work experience,"    # found exactly once in the real file
 *   replace: 'label: { en: "From <em>work</em> experience",'
 *   # expect: {line}:18: questions[route]…: holds HTML …
 *
 * In an edit fixture's `# expect:` lines `{line}` is the line the edit starts on in the real file
 * (`{line-2}`: two lines above it); in any fixture `{today}` is the date the check runs on.
 * Broken MDX pages (tests/fixtures/broken/mdx/) are edit fixtures of a real page, the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir, fixturesDir } from './fixtures';

export interface BrokenFixture {
  /** The fixture's folder: the kind of content file it is. */
  kind: string;
  /** The fixture's file name, which its messages name. */
  name: string;
  /** The text of the broken content file. */
  text: string;
  /** Each message the check must give, without the file name in front. */
  expected: string[];
}

const EXPECT = /^(?:#|\{\/\*)\s*expect:\s*(.+?)\s*(?:\*\/\})?$/gm;
const today = () => new Date().toISOString().slice(0, 10);

/** A real content file with one edit: its text, and the line (from 1) the edit starts on. */
export function editedRealFile(fixtureText: string, fixtureName: string): { text: string; line: number } {
  const { real, find, replace } = parse(fixtureText) as { real?: string; find?: string; replace?: string };
  if (!real || !find || replace === undefined) throw new Error(`${fixtureName}: an edit fixture gives real, find and replace`);
  const original = readFileSync(join(contentDir, real), 'utf8');
  const at = original.indexOf(find);
  if (at < 0 || original.indexOf(find, at + 1) >= 0) {
    throw new Error(
      `${fixtureName}: "${find}" must be found exactly once in content/${real} (${at < 0 ? 'not found' : 'found more than once'}): edit the fixture to follow the real file`,
    );
  }
  const text = original.slice(0, at) + replace + original.slice(at + find.length);
  if (text === original) throw new Error(`${fixtureName}: the edit changes nothing`);
  return { text, line: original.slice(0, at).split('\n').length };
}

/** A broken fixture in `dir`: the file it stands for, and its expected messages. */
export function readBrokenFixture(dir: string, name: string): Omit<BrokenFixture, 'kind'> {
  const fixtureText = readFileSync(join(dir, name), 'utf8');
  const edit = name.endsWith('.edit.yaml') ? editedRealFile(fixtureText, name) : undefined;
  const expected = [...fixtureText.matchAll(EXPECT)].map((match) =>
    match[1]!.replaceAll('{today}', today()).replace(/\{line(?:([+-])(\d+))?\}/g, (_all, sign?: string, offset?: string) => {
      if (!edit) throw new Error(`${name}: {line} is only for an edit fixture`);
      return String(edit.line + (sign === '-' ? -1 : 1) * Number(offset ?? 0));
    }),
  );
  return { name, text: edit?.text ?? fixtureText, expected };
}

/** Every broken fixture in `dir`, by name. */
export function brokenFixturesIn(dir: string): Omit<BrokenFixture, 'kind'>[] {
  return readdirSync(dir)
    .sort()
    .map((name) => readBrokenFixture(dir, name));
}

/** Every broken content fixture of a kind (none when its folder does not exist), by name. */
export function brokenFixtures(kind: string): BrokenFixture[] {
  const dir = join(fixturesDir, 'broken', 'content', kind);
  if (!existsSync(dir)) return [];
  return brokenFixturesIn(dir).map((fixture) => ({ kind, ...fixture }));
}
