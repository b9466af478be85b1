/**
 * `npm run welsh-in-step`: lists the English pages and { en, cy } strings changed since their Welsh
 * last was (the Welsh may be out of date). `npm run welsh-in-step -- --check` fails when a commit
 * changes English without its Welsh and without a `Welsh-unchanged: <reason>` trailer; run by
 * `npm test`. History before the `since` of welsh-in-step.config.json is not read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHistory } from '../src/welsh-in-step/git-history.ts';
import { outOfDate, untranslatedChanges, type CommitRef } from '../src/welsh-in-step/status.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { since } = JSON.parse(readFileSync(new URL('../welsh-in-step.config.json', import.meta.url), 'utf8')) as { since: string };
const check = process.argv.includes('--check');
const ci = process.env.CI === 'true';

const { commits, missing } = readHistory(root, { since });
if (missing) {
  console.error(`welsh-in-step: the git history is incomplete: ${missing}.`);
  if (check && ci) process.exit(1);
  console.error('welsh-in-step: what follows reads only the commits that are here.');
}

const commit = (ref: CommitRef) => `${ref.hash.slice(0, 10)} ${ref.date.slice(0, 10)} “${ref.subject}”`;
const read = `${commits.length} commit${commits.length === 1 ? '' : 's'} to content since ${since}`;

if (check) {
  const problems = untranslatedChanges(commits);
  if (problems.length === 0) {
    console.log(`welsh-in-step: no commit changes English without its Welsh (${read}).`);
  } else {
    console.error(`welsh-in-step: ${problems.length} commit(s) change English without its Welsh counterpart:`);
    for (const { commit: ref, changes } of problems) {
      console.error(`  ${commit(ref)}`);
      for (const { file, key } of changes) console.error(`    ${file}: ${key}`);
    }
    console.error('Change the Welsh in the same commit, or say why it needs no change with a trailer in the commit message:');
    console.error('  Welsh-unchanged: <reason>   (e.g. "Welsh-unchanged: typo fix in English only")');
    process.exit(1);
  }
} else {
  const stale = outOfDate(commits);
  if (stale.length === 0) {
    console.log(`welsh-in-step: nothing out of date (${read}).`);
  } else {
    console.log(`welsh-in-step: ${stale.length} Welsh text(s) may be out of date (the English changed after the Welsh; ${read}):`);
    for (const { file, key, english, welsh } of stale) {
      console.log(`  ${file}: ${key}`);
      console.log(`    English changed ${commit(english)}`);
      console.log(`    Welsh ${welsh ? `last changed ${commit(welsh)}` : `unchanged since ${since}`}`);
    }
  }
}
