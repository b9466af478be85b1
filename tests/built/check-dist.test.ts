/**
 * `npm run check:dist` (src/hosting/check-dist.ts) passes the built dist/, and fails, naming the
 * file and what is wrong, on a copy of it with a page missing, corrupt open data, a sitemap that
 * leaves a page out, or a host file out of step with the policy.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDist } from '../../src/hosting/check-dist';
import { distDir, projectRoot } from '../support/paths';
import { content } from '../support/content';
import { findRoute, routeKey } from '../../src/lib/routes';

const copies: string[] = [];
/** A copy of dist/ with one thing broken. */
function brokenCopy(breakIt: (dist: string) => void): string {
  const dist = mkdtempSync(join(tmpdir(), 'check-dist-'));
  copies.push(dist);
  cpSync(distDir, dist, { recursive: true });
  breakIt(dist);
  return dist;
}
afterAll(() => {
  for (const dist of copies) rmSync(dist, { recursive: true, force: true });
});

const pathway = content.pathways[0]!;
const welshTraining = findRoute(content.routes, routeKey(pathway.id, 'training'), 'cy')!;
const englishTraining = findRoute(content.routes, routeKey(pathway.id, 'training'), 'en')!;

describe('check:dist', () => {
  it('finds nothing wrong with the built site', () => {
    expect(checkDist(distDir)).toEqual([]);
  });

  it('fails when a page has lost its counterpart in the other language', () => {
    const dist = brokenCopy((d) => rmSync(join(d, welshTraining.url, 'index.html')));
    const problems = checkDist(dist);
    expect(problems).toContain(`dist/${englishTraining.url.slice(1)}index.html: its cy page ${welshTraining.url} is missing`);
    expect(problems.some((p) => p.startsWith('dist/sitemap.xml: lists') && p.includes(welshTraining.url))).toBe(true);
  });

  it('fails when a pathway\'s data is not JSON, or does not follow its schema', () => {
    const file = `api/v1/pathways/${pathway.id}.json`;
    expect(checkDist(brokenCopy((d) => writeFileSync(join(d, file), '{"id": "clinical-coding",')))).toEqual([expect.stringMatching(new RegExp(`^dist/${file}: is not JSON`))]);
    const withoutLevel = brokenCopy((d) => {
      const { level: _level, ...rest } = JSON.parse(readFileSync(join(d, file), 'utf8'));
      writeFileSync(join(d, file), JSON.stringify(rest));
    });
    expect(checkDist(withoutLevel)).toEqual([`dist/${file}: / must have required property 'level'`]);
  });

  it('fails when the sitemap leaves a page out, or robots.txt is missing', () => {
    const dist = brokenCopy((d) => {
      const sitemap = readFileSync(join(d, 'sitemap.xml'), 'utf8');
      writeFileSync(join(d, 'sitemap.xml'), sitemap.replace(/<url>\s*<loc>[^<]*\/en\/glossary\/<\/loc>[\s\S]*?<\/url>\n/, ''));
      rmSync(join(d, 'robots.txt'));
    });
    expect(checkDist(dist)).toEqual(['dist/sitemap.xml: does not list /en/glossary/', 'dist/robots.txt: is missing']);
  });

  it('fails when a host file is missing or says something else than the policy', () => {
    const dist = brokenCopy((d) => {
      rmSync(join(d, '_redirects'));
      writeFileSync(join(d, '_headers'), readFileSync(join(d, '_headers'), 'utf8').replace("frame-ancestors 'none'", ''));
    });
    expect(checkDist(dist)).toEqual([
      'dist/_headers: differs from what src/hosting/policy.ts gives for these pages (rebuild, or a page changed after the build)',
      'dist/_redirects: is missing',
    ]);
  });

  it('as `npm run check:dist`, exits non-zero and lists the problems', () => {
    const dist = brokenCopy((d) => rmSync(join(d, 'robots.txt')));
    const node = join(projectRoot, 'node_modules/.bin/node');
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(node, [join(projectRoot, 'scripts/check-dist.ts'), dist], { stdio: 'pipe' });
    } catch (error) {
      failure = { status: (error as { status: number }).status, stderr: String((error as { stderr: Buffer }).stderr) };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('is not ready to deploy: 1 problem:\n  - dist/robots.txt: is missing');
    expect(execFileSync(node, [join(projectRoot, 'scripts/check-dist.ts'), distDir], { encoding: 'utf8' })).toContain('is ready to deploy');
  });
});
