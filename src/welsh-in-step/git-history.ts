/**
 * Reads the commits that changed translated content (pages and YAML under content/) from git, with
 * each file's text before and after, for ./status.ts. Merge commits are left out:
 * each change is judged in the commit that made it.
 */
import { execFileSync } from 'node:child_process';
import type { Commit, FileChange } from './status.ts';

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

/** git's NUL: the one character a commit message cannot hold, so a message cannot fake a field or a commit. */
const NUL = '\u0000';
const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const TRANSLATED = /\/pages\/(en|cy)\/[^/]+\.mdx$|\.ya?ml$/;

function git(repo: string, args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function textAt(repo: string, revision: string, path: string): string {
  // --end-of-options: whatever the revision, git reads it as one, never as an option.
  return git(repo, ['show', '--end-of-options', `${revision}:${path}`]);
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
  const filter = ['--no-merges', '--', ...paths];
  // Each commit's message, apart from the files: NUL-separated hash, subject and trailer.
  const messages = new Map<string, { subject: string; trailer: string }>();
  const fields = git(repo, ['log', '-z', '--format=%H%x00%s%x00%(trailers:key=Welsh-unchanged,valueonly,separator=; )', ...filter]).split(
    NUL,
  );
  for (let i = 0; i + 2 < fields.length; i += 3) messages.set(fields[i]!, { subject: fields[i + 1]!, trailer: fields[i + 2]! });
  // The files, with no message text in the output: a record is a NUL, the hash and date, then git's (quoted) paths.
  const log = git(repo, ['log', '--reverse', '--no-renames', '--name-status', '--format=%x00%H %aI', ...filter]);
  const commits: Commit[] = [];
  for (const record of log.split(NUL).slice(1)) {
    const [head = '', ...lines] = record.split('\n');
    const [hash = '', date = ''] = head.split(' ');
    const message = messages.get(hash);
    if (!HASH.test(hash) || !message) throw new Error(`git log gave a commit this check cannot read: "${head}"`);
    if (Date.parse(date) <= sinceTime) continue;
    const files: FileChange[] = [];
    for (const line of lines) {
      const [status, path] = line.split('\t');
      if (!status || !path || !TRANSLATED.test(path)) continue;
      files.push({
        path,
        before: status.startsWith('A') ? undefined : textAt(repo, `${hash}^`, path),
        after: status.startsWith('D') ? undefined : textAt(repo, hash, path),
      });
    }
    commits.push({ hash, date, subject: message.subject, welshUnchanged: message.trailer.trim() || undefined, files });
  }
  return { commits, missing };
}
