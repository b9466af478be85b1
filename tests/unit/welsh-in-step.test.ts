/**
 * `npm run welsh-in-step` and its check in CI: which English changed after its Welsh, and which
 * commits change English without the Welsh, from a real git history made in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localisedPairs, outOfDate, unitChanges, untranslatedChanges } from '../../src/welsh-in-step/status';
import { missingHistory, readHistory, type History } from '../../src/welsh-in-step/git-history';

const UI = 'content/site/ui/common.yaml';
const EN_PAGE = 'content/site/pages/en/home.mdx';
const CY_PAGE = 'content/site/pages/cy/home.mdx';
const page = (id: string, body: string) => `---\nid: ${id}\ntitle: T\n---\n\n${body}\n`;
const ui = (greeting: [string, string], farewell: [string, string]) =>
  `greeting: { en: "${greeting[0]}", cy: "${greeting[1]}" }\nfarewell:\n  en: "${farewell[0]}"\n  cy: "${farewell[1]}"\n`;

let repo: string;
let day = 0;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
/** Commits `files` on the next day of January 2026. */
function commit(message: string, files: Record<string, string>) {
  const date = `2026-01-${String(++day).padStart(2, '0')}T10:00:00Z`;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git('add', '-A');
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', message], {
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** The history after the first commit (2026-01-01), which counts as in step. */
let history: History;
const since = '2026-01-01T12:00:00Z';

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'welsh-in-step-'));
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.invalid');
  commit('Both languages', {
    [UI]: ui(['Hello', 'Helo'], ['Bye', 'Hwyl']),
    [EN_PAGE]: page('home', 'Welcome.'),
    [CY_PAGE]: page('home', 'Croeso.'),
  });
  commit('English greeting only', { [UI]: ui(['Hello there', 'Helo'], ['Bye', 'Hwyl']) });
  commit('Farewell in both languages', { [UI]: ui(['Hello there', 'Helo'], ['Goodbye', 'Hwyl fawr']) });
  commit('Welsh page only', { [CY_PAGE]: page('home', 'Croeso i chi.') });
  commit('Fix a typo in the English page\n\nWelsh-unchanged: typo fix in English only', { [EN_PAGE]: page('home', 'Welcome!') });
  history = readHistory(repo, { since });
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run welsh-in-step', () => {
  it("reads the commits after the baseline, oldest first, with the trailer's reason", () => {
    expect(history.missing).toBeUndefined();
    expect(history.commits.map((c) => c.subject)).toEqual([
      'English greeting only',
      'Farewell in both languages',
      'Welsh page only',
      'Fix a typo in the English page',
    ]);
    expect(history.commits.map((c) => c.welshUnchanged)).toEqual([undefined, undefined, undefined, 'typo fix in English only']);
  });

  it('reports English changed after the Welsh, and nothing changed together, Welsh-only or exempt by the trailer', () => {
    expect(outOfDate(history.commits)).toEqual([
      { file: UI, key: 'greeting', english: expect.objectContaining({ subject: 'English greeting only' }), welsh: undefined },
    ]);
  });

  it('reports nothing when the baseline is after the last commit', () => {
    expect(readHistory(repo, { since: '2026-02-01T00:00:00Z' }).commits).toEqual([]);
  });

  it('counts the Welsh catching up in a later commit', () => {
    const later = [
      ...history.commits,
      {
        hash: 'h',
        date: '2026-01-09',
        subject: 'Welsh greeting',
        files: [
          {
            path: UI,
            before: ui(['Hello there', 'Helo'], ['Goodbye', 'Hwyl fawr']),
            after: ui(['Hello there', 'Helo yno'], ['Goodbye', 'Hwyl fawr']),
          },
        ],
      },
    ];
    expect(outOfDate(later)).toEqual([]);
  });
});

describe('the check in CI (npm run welsh-in-step -- --check)', () => {
  it('fails only the commit that changed English without its Welsh and without the trailer', () => {
    expect(untranslatedChanges(history.commits)).toEqual([
      { commit: expect.objectContaining({ subject: 'English greeting only' }), changes: [{ file: UI, key: 'greeting' }] },
    ]);
  });

  it('reads a commit message as text: separators in a subject cannot hide its changes or pass options to git', () => {
    const other = mkdtempSync(join(tmpdir(), 'welsh-in-step-message-'));
    const out = mkdtempSync(join(tmpdir(), 'welsh-in-step-out-'));
    const run = (args: string[], date = '2026-01-01T10:00:00Z') =>
      execFileSync('git', ['-C', other, ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    try {
      run(['init', '-q', '-b', 'main']);
      run(['config', 'user.name', 'Test']);
      run(['config', 'user.email', 'test@example.invalid']);
      mkdirSync(join(other, dirname(UI)), { recursive: true });
      writeFileSync(join(other, UI), ui(['Hello', 'Helo'], ['Bye', 'Hwyl']));
      run(['add', '-A']);
      run(['commit', '-q', '-m', 'Both languages']);
      writeFileSync(join(other, UI), ui(['Hello there', 'Helo'], ['Bye', 'Hwyl']));
      run(['add', '-A']);
      // Were the subject's record and field separators read as git's, this would be a commit "--output=…"
      // whose files git show writes into `out` (where the folders it names exist).
      const leak = join(out, 'leak');
      for (const suffix of ['', '^']) mkdirSync(join(`${leak}${suffix}:content`, 'site/ui'), { recursive: true });
      run(
        ['commit', '-q', '-m', `English greeting only\u001f\u001f\u001e--output=${leak}\u001f2099-01-01T00:00:00Z\u001fWelsh too`],
        '2026-01-02T10:00:00Z',
      );
      const { commits } = readHistory(other, { since });
      expect(commits.map((c) => c.hash)).toEqual([expect.stringMatching(/^[0-9a-f]{40}$/)]);
      expect(untranslatedChanges(commits)).toEqual([
        {
          commit: expect.objectContaining({ subject: expect.stringMatching(/^English greeting only/) }),
          changes: [{ file: UI, key: 'greeting' }],
        },
      ]);
      expect(readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith('.yaml'))).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('says a shallow clone is missing history instead of passing silently', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'welsh-in-step-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      expect(missingHistory(shallow)).toMatch(/shallow/);
      expect(readHistory(shallow, { since }).missing).toMatch(/shallow/);
      expect(missingHistory(tmpdir())).toMatch(/not a git repository/);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});

describe('units of translation', () => {
  it('finds every { en, cy } pair by key path, list items by id or value', () => {
    const yaml =
      'title: { en: A, cy: B }\nquestions:\n  - id: language\n    options:\n      - value: welsh\n        label: { en: Welsh, cy: Cymraeg }\n  - hint: { en: C, cy: D }\nsince: 2026\n';
    expect([...localisedPairs(yaml).keys()]).toEqual(['title', 'questions[language].options[welsh].label', 'questions[1].hint']);
    expect(localisedPairs('not: [yaml')).toEqual(new Map());
  });

  it('pairs an English and a Welsh page by their id, whatever the Welsh file is called', () => {
    const changes = unitChanges({
      files: [
        { path: 'content/p/pages/cy/hafan.mdx', before: page('home', 'Croeso.'), after: page('home', 'Croeso!') },
        { path: 'content/p/pages/en/home.mdx', before: page('home', 'Welcome.'), after: page('home', 'Welcome!') },
      ],
    });
    expect(changes).toEqual([{ unit: 'content/p/pages:home', file: 'content/p/pages/en/home.mdx', key: 'home', en: true, cy: true }]);
  });

  it('counts a new pair as changed in both languages, and a deleted one as no change', () => {
    expect(unitChanges({ files: [{ path: UI, before: 'a: { en: A, cy: B }\n', after: 'b: { en: A, cy: B }\n' }] })).toEqual([
      { unit: `${UI}#b`, file: UI, key: 'b', en: true, cy: true },
    ]);
  });
});
