/**
 * Site-wide words fit every pathway the site holds (issue 21): with a second pathway, a site-wide
 * text that names one pathway fails the content check at its line; with one pathway it may.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteWideWordProblems } from '../../src/validation/site-wide-words';
import { contentDir, fixturesDir } from '../support/fixtures';

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});
function withSecondPathway(): string {
  const copy = mkdtempSync(join(tmpdir(), 'site-wide-'));
  copies.push(copy);
  cpSync(contentDir, copy, { recursive: true });
  cpSync(join(fixturesDir, 'second-pathway'), copy, { recursive: true });
  return copy;
}

describe('site-wide words', () => {
  it('may name the one pathway a site holds', () => {
    expect(siteWideWordProblems(contentDir, contentDir)).toEqual([]);
  });

  it('may not name one pathway where the site holds several, in either language, at its line', () => {
    const copy = withSecondPathway();
    const problems = siteWideWordProblems(copy, copy);
    expect(problems).toEqual([
      expect.stringMatching(
        /^site\/site\.yaml:3:7: names the clinical-coding pathway \("Clinical Coding"\), but the site holds 2 pathways/,
      ),
      expect.stringMatching(/^site\/site\.yaml:4:20: names the clinical-coding pathway \("Codio Clinigol"\)/),
    ]);
    const glossary = join(copy, 'site', 'glossary.yaml');
    writeFileSync(
      glossary,
      readFileSync(glossary, 'utf8').replace(
        'A body that agrees the content of healthcare apprenticeship pathways',
        'The body that agreed the Health Records pathway',
      ),
    );
    expect(
      siteWideWordProblems(copy, copy).some((problem) =>
        /^site\/glossary\.yaml:\d+:\d+: names the health-records pathway \("Health Records"\)/.test(problem),
      ),
    ).toBe(true);
  });
});
