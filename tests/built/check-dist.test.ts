/**
 * `npm run check:dist` (src/hosting/check-dist.ts) says the built dist/ is not ready to deploy
 * while the content lacks the publisher's contact for reporting problems, or the build used the
 * placeholder address, and finds nothing else wrong with it (a build with both given passes:
 * tests/build/ready-to-deploy-build.test.ts); and it fails, naming the file and what is wrong, on
 * a copy of it with a page missing, corrupt open data, a sitemap that leaves a page out, a host
 * file out of step with the policy, or any file the build did not make (each of the security
 * review's exploitable reproductions that reach dist/).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDist } from '../../src/hosting/check-dist';
import { distDir, projectRoot } from '../support/paths';
import { content } from '../support/content';
import { findRoute, routeKey } from '../../src/lib/routing/routes';
import { parse } from 'node-html-parser';

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

/** What the content has not given yet, as check:dist says it, first: from site.yaml and the address the site was built for. */
const builtOrigin = new URL(
  parse(readFileSync(join(distDir, 'index.html'), 'utf8'))
    .querySelector('link[rel="canonical"]')!
    .getAttribute('href')!,
).origin;
const contactNotGiven = "the publisher's contact for reporting problems is not given (content/site/site.yaml: contact)";
const placeholderAddress =
  'the site\'s address is the placeholder https://clinical-coding.example.wales: build with SITE_URL set to the site\'s real address (src/hosting/README.md, "Deploying")';
const unfinished = [
  ...(content.site.contact === 'not-given' ? [contactNotGiven] : []),
  ...(builtOrigin === 'https://clinical-coding.example.wales' ? [placeholderAddress] : []),
];

const pathway = content.pathways[0]!;
// A page of the pathway other than its first, from the content.
const welshTraining = findRoute(content.routes, routeKey(pathway.id, pathway.pages.at(-1)!), 'cy')!;
const englishTraining = findRoute(content.routes, routeKey(pathway.id, pathway.pages.at(-1)!), 'en')!;

describe('check:dist', () => {
  it("says the built site is not ready to deploy while the content lacks the publisher's contact, and finds nothing else wrong with it", () => {
    // Today the content gives no contact, and `npm test` builds with the placeholder address.
    expect(checkDist(distDir)).toEqual(unfinished);
  });

  it('fails when a page has lost its counterpart in the other language', () => {
    const dist = brokenCopy((d) => rmSync(join(d, welshTraining.url, 'index.html')));
    const problems = checkDist(dist);
    expect(problems).toContain(`dist/${englishTraining.url.slice(1)}index.html: its cy page ${welshTraining.url} is missing`);
    expect(problems.some((p) => p.startsWith('dist/sitemap.xml: lists') && p.includes(welshTraining.url))).toBe(true);
  });

  it("fails when a pathway's data is not JSON, or does not follow its schema", () => {
    const file = `api/v2/pathways/${pathway.id}.json`;
    const changed = `dist/${file}: has changed since the build made and checked it`;
    expect(checkDist(brokenCopy((d) => writeFileSync(join(d, file), '{"id": "clinical-coding",')))).toEqual([
      ...unfinished,
      changed,
      expect.stringMatching(new RegExp(`^dist/${file}: is not JSON`)),
    ]);
    const withoutLevels = brokenCopy((d) => {
      const { levels: _levels, ...rest } = JSON.parse(readFileSync(join(d, file), 'utf8'));
      writeFileSync(join(d, file), JSON.stringify(rest));
    });
    expect(checkDist(withoutLevels)).toEqual([...unfinished, changed, `dist/${file}: / must have required property 'levels'`]);
  });

  it('fails when the sitemap leaves a page out, or robots.txt is missing', () => {
    const dist = brokenCopy((d) => {
      const sitemap = readFileSync(join(d, 'sitemap.xml'), 'utf8');
      writeFileSync(join(d, 'sitemap.xml'), sitemap.replace(/<url>\s*<loc>[^<]*\/en\/glossary\/<\/loc>[\s\S]*?<\/url>\n/, ''));
      rmSync(join(d, 'robots.txt'));
    });
    expect(checkDist(dist)).toEqual([
      ...unfinished,
      'dist/sitemap.xml: has changed since the build made and checked it',
      'dist/robots.txt: is missing (the build made it)',
      'dist/sitemap.xml: does not list /en/glossary/',
      'dist/robots.txt: is missing',
    ]);
  });

  it('fails when a host file is missing or says something else than the policy', () => {
    const dist = brokenCopy((d) => {
      rmSync(join(d, '_redirects'));
      writeFileSync(join(d, '_headers'), readFileSync(join(d, '_headers'), 'utf8').replace("frame-ancestors 'none'", ''));
    });
    expect(checkDist(dist)).toEqual([
      ...unfinished,
      'dist/_headers: has changed since the build made and checked it',
      'dist/_redirects: is missing (the build made it)',
      'dist/_headers: differs from what src/hosting/policy.ts gives for these pages (rebuild, or a page changed after the build)',
      'dist/_redirects: is missing',
    ]);
  });

  describe('fails on each way the security review published what the build did not make', () => {
    it('a symbolic link to a file or a folder outside dist/ (F1)', () => {
      const dist = brokenCopy((d) => {
        symlinkSync(join(projectRoot, '.git', 'config'), join(d, 'robots-archive.txt'));
        symlinkSync(join(projectRoot, 'content'), join(d, 'keys'));
      });
      expect(checkDist(dist)).toEqual([
        ...unfinished,
        'dist/keys: is a symbolic link: dist/ may hold only files the build wrote',
        'dist/robots-archive.txt: is a symbolic link: dist/ may hold only files the build wrote',
      ]);
    });

    it('a page and its script in /_astro/, and a service worker at the top (F3)', () => {
      const dist = brokenCopy((d) => {
        writeFileSync(
          join(d, '_astro', 'apply.html'),
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Apply</title></head><body><h1>Apply now</h1><script type="module" src="/_astro/apply.js"></script></body></html>',
        );
        writeFileSync(join(d, '_astro', 'apply.js'), 'document.querySelector("h1").textContent = "Injected";\n');
        writeFileSync(join(d, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
      });
      const problems = checkDist(dist);
      expect(problems).toContain(
        "dist/_astro/apply.html: is not a file the build made and checked (not in build-inventory.json), and is HTML, but not one of the site's pages: only the pages the build made may be HTML, anywhere in dist/",
      );
      expect(problems).toContain('dist/_astro/apply.js: is not a file the build made and checked (not in build-inventory.json)');
      expect(problems).toContain(
        "dist/sw.js: is not a file the build made and checked (not in build-inventory.json), and is not a file the build makes: nothing but the site's pages, data, assets, search index and host files may be published",
      );
    });

    it('an SVG copied beside the assets, and a page placed among the search index (F2)', () => {
      const dist = brokenCopy((d) => {
        writeFileSync(
          join(d, '_astro', 'progression-diagram.COu0rE9k.svg'),
          '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><meta http-equiv="refresh" content="0;url=https://evil.example/phish"/></foreignObject></svg>',
        );
        mkdirSync(join(d, 'pagefind', 'help'), { recursive: true });
        writeFileSync(join(d, 'pagefind', 'help', 'index.html'), '<p>help</p>');
      });
      const problems = checkDist(dist).filter(
        (problem) =>
          !unfinished.includes(problem) &&
          !problem.includes(' has no ') &&
          !problem.includes(' names no ') &&
          !problem.startsWith('dist/sitemap.xml'),
      );
      expect(problems).toEqual([
        'dist/_astro/progression-diagram.COu0rE9k.svg: is not a file the build made and checked (not in build-inventory.json), and is an SVG document the build did not make (an image beside a content file?): content may not hold SVG',
        "dist/pagefind/help/index.html: is not a file the build made and checked (not in build-inventory.json), and is HTML, but not one of the site's pages: only the pages the build made may be HTML, anywhere in dist/",
      ]);
    });

    it('a page changed after the build, with no list of what the build made', () => {
      const page = readdirSync(join(distDir, 'en')).includes('index.html') ? 'en/index.html' : 'index.html';
      expect(
        checkDist(
          brokenCopy((d) =>
            writeFileSync(join(d, page), readFileSync(join(d, page), 'utf8').replace('</main>', '<script src="/sw.js"></script></main>')),
          ),
        ),
      ).toContain(`dist/${page}: has changed since the build made and checked it`);
      expect(checkDist(brokenCopy((d) => rmSync(join(d, 'build-inventory.json'))))).toEqual([
        'dist/build-inventory.json: is missing: the build writes it last; build again (npm run build)',
      ]);
    });
  });

  it('as `npm run check:dist`, exits non-zero and lists the problems, what the content lacks first', () => {
    const checkDistScript = (dist: string) => {
      try {
        return {
          status: 0,
          stdout: execFileSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check-dist.ts'), dist], {
            encoding: 'utf8',
            stdio: 'pipe',
          }),
          stderr: '',
        };
      } catch (error) {
        return { status: (error as { status: number }).status, stdout: '', stderr: String((error as { stderr: Buffer }).stderr) };
      }
    };
    const broken = checkDistScript(brokenCopy((d) => rmSync(join(d, 'robots.txt'))));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      `is not ready to deploy: ${unfinished.length + 2} problems:\n${[...unfinished, 'dist/robots.txt: is missing (the build made it)', 'dist/robots.txt: is missing'].map((problem) => `  - ${problem}\n`).join('')}`,
    );
    // The built site itself: not ready while the content lacks the contact (one problem is said on one line).
    const built = checkDistScript(distDir);
    if (unfinished.length === 0) expect(built).toMatchObject({ status: 0, stdout: expect.stringContaining('is ready to deploy') });
    else if (unfinished.length === 1)
      expect(built).toMatchObject({ status: 1, stderr: `${distDir.replace(/\/$/, '')} is not ready to deploy: ${unfinished[0]}\n` });
    else
      expect(built).toMatchObject({
        status: 1,
        stderr: `${distDir.replace(/\/$/, '')} is not ready to deploy: ${unfinished.length} problems:\n${unfinished.map((problem) => `  - ${problem}`).join('\n')}\n`,
      });
  });
});
