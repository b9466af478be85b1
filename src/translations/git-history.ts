/**
 * Reads the commits that changed translated content (pages and YAML under content/) from git, with
 * each file's text before and after, for src/lib/translation-status.ts. Merge commits are left out:
 * each change is judged in the commit that made it.
 */
import { execFileSync } from 'node:child_process';
import type { Commit, FileChange } from '../lib/translation-status.ts';

/** Where the history is read, and from when. */
export interface HistoryOptions {
  /** Only commits authored after this moment (ISO 8601) are read; what was there before counts as in step. */
  since: string;
  /** Folders read, relative to the repository root. */
  paths?: string[];
}

export interface History {
  commits: Commit[];
  /** Why the history may be incomplete (a shallow clone), or undefined when it is whole. */
  missing?: string | undefined;
}

const RECORD = '\u001e';
const FIELD = '\u001f';
const TRANSLATED = /\/pages\/(en|cy)\/[^/]+\.mdx$|\.ya?ml$/;

function git(repo: string, args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function textAt(repo: string, revision: string, path: string): string {
  return git(repo, ['show', `${revision}:${path}`]);
}

/** Why `repo` cannot give its whole history, or undefined when it can. */
export function missingHistory(repo: string): string | undefined {
  try {
    if (git(repo, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return 'this clone is shallow, so older commits are missing (run `git fetch --unshallow`)';
    }
    git(repo, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    return undefined;
  } catch {
    return `${repo} is not a git repository with commits`;
  }
}

/** The commits since `since`, oldest first, each with the translated files it changed. */
export function readHistory(repo: string, { since, paths = ['content'] }: HistoryOptions): History {
  const missing = missingHistory(repo);
  if (missing && !/shallow/.test(missing)) return { commits: [], missing };
  const sinceTime = Date.parse(since);
  if (Number.isNaN(sinceTime)) throw new Error(`"${since}" is not a date and time (ISO 8601, e.g. 2026-11-25T17:00:00Z)`);
  const log = git(repo, [
    'log', '--reverse', '--no-merges', '--no-renames', '--name-status',
    `--format=${RECORD}%H${FIELD}%aI${FIELD}%s${FIELD}%(trailers:key=Welsh-unchanged,valueonly,separator=; )${FIELD}`,
    '--', ...paths,
  ]);
  const commits: Commit[] = [];
  for (const record of log.split(RECORD).slice(1)) {
    const [hash, date, subject, trailer, rest] = record.split(FIELD) as [string, string, string, string, string];
    if (Date.parse(date) <= sinceTime) continue;
    const files: FileChange[] = [];
    for (const line of rest.split('\n')) {
      const [status, path] = line.split('\t');
      if (!status || !path || !TRANSLATED.test(path)) continue;
      files.push({
        path,
        before: status.startsWith('A') ? undefined : textAt(repo, `${hash}^`, path),
        after: status.startsWith('D') ? undefined : textAt(repo, hash, path),
      });
    }
    commits.push({ hash, date, subject, welshUnchanged: trailer.trim() || undefined, files });
  }
  return { commits, missing };
}
