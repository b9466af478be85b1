/**
 * Only what the build made reaches dist/: the check of the project's files before the build
 * (src/validation/project-files.ts) and the rules every file of dist/ is held to afterwards
 * (src/hosting/inventory.ts), each on the security review's reproductions (F1, F2, F3).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectFileProblems } from '../../src/validation/project-files';
import { inventoryProblems, kindOf, PUBLISHED_PUBLIC_FILES, takeInventory } from '../../src/hosting/inventory';
import { projectRoot } from '../support/paths';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A project with `public/` and `content/` holding the given files ("path": text, or a link as { link: target }). */
function project(files: Record<string, string | { link: string }>): string {
  const root = mkdtempSync(join(tmpdir(), 'published-files-'));
  folders.push(root);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    if (typeof body === 'string') writeFileSync(join(root, path), body);
    else symlinkSync(body.link, join(root, path));
  }
  return root;
}

describe("the project's files, before the build", () => {
  it('passes the project as it is', () => {
    expect(projectFileProblems(projectRoot, join(projectRoot, 'content'))).toEqual([]);
  });

  it('refuses a symbolic link in public/ or content/, to a file or a folder, naming it and its target (F1)', () => {
    const root = project({
      'public/favicon.svg': '<svg/>',
      'public/robots-archive.txt': { link: '../.git/config' },
      'public/keys': { link: '/etc' },
      'content/site/glossary.yaml': { link: '/etc/hostname' },
    });
    expect(projectFileProblems(root, join(root, 'content'))).toEqual([
      expect.stringMatching(
        /^public\/keys: is a symbolic link \(to \/etc\): the build publishes only files that are in the project itself/,
      ),
      expect.stringMatching(/^public\/robots-archive\.txt: is a symbolic link \(to \.\.\/\.git\/config\)/),
      expect.stringMatching(/^content\/site\/glossary\.yaml: is a symbolic link \(to \/etc\/hostname\)/),
    ]);
  });

  it('publishes from public/ only the files its list allows: no page or script placed in /_astro/ (F3)', () => {
    const root = project({
      'public/favicon.svg': '<svg/>',
      'public/_astro/apply.html': '<h1>Apply now</h1>',
      'public/_astro/apply.js': '',
    });
    expect(projectFileProblems(root, join(root, 'content'))).toEqual([
      expect.stringMatching(
        new RegExp(`^public/_astro/apply\\.html: is not one of the files public/ may publish \\(${PUBLISHED_PUBLIC_FILES.join(', ')}\\)`),
      ),
      expect.stringMatching(/^public\/_astro\/apply\.js: is not one of the files public\/ may publish/),
    ]);
  });

  it('refuses an SVG beside a content page, and any file content cannot hold (F2)', () => {
    const root = project({
      'content/pathways/p/pages/en/progression-diagram.svg':
        '<svg><foreignObject><meta http-equiv="refresh" content="0;url=https://evil.example/"/></foreignObject></svg>',
      'content/pathways/p/pages/en/notes.html': '<p>',
      'content/pathways/p/pages/en/diagram.png': 'png',
    });
    expect(projectFileProblems(root, join(root, 'content'))).toEqual([
      'content/pathways/p/pages/en/notes.html: is not a kind of file content may hold (.yaml, .mdx, .md, .png, .jpg, .jpeg, .webp, .avif)',
      expect.stringMatching(
        /^content\/pathways\/p\/pages\/en\/progression-diagram\.svg: is an SVG image, which content may not hold: .*export the picture as a PNG/,
      ),
    ]);
  });
});

describe('the files of dist/, after the build', () => {
  const routes = new Set(['index.html', 'en/index.html', 'sitemap.xml', 'en/p/check/flow.json']);

  it('knows each kind of file the build makes', () => {
    expect(kindOf('en/index.html', routes)).toBe('page');
    expect(kindOf('en/p/check/flow.json', routes)).toBe('data');
    expect(kindOf('_headers', routes)).toBe('host');
    expect(kindOf('favicon.svg', routes)).toBe('public');
    expect(kindOf('_astro/checker.abc123.js', routes)).toBe('asset');
    expect(kindOf('pagefind/fragment/en_1a2b.pf_fragment', routes)).toBe('search');
  });

  it('refuses HTML that is not a page, SVG from content, and anything else it did not make (F2, F3)', () => {
    expect(kindOf('_astro/apply.html', routes)).toEqual({ problem: expect.stringMatching(/^is HTML, but not one of the site's pages/) });
    expect(kindOf('pagefind/help.html', routes)).toEqual({ problem: expect.stringMatching(/^is HTML/) });
    expect(kindOf('_astro/progression-diagram.COu0rE9k.svg', routes)).toEqual({
      problem: expect.stringMatching(/^is an SVG document the build did not make/),
    });
    expect(kindOf('robots-archive.txt', routes)).toEqual({ problem: expect.stringMatching(/^is not a file the build makes/) });
    expect(kindOf('sw.js', routes)).toEqual({ problem: expect.stringMatching(/^is not a file the build makes/) });
  });

  it('lists what it made, and check:dist then refuses anything added, changed, linked or missing', () => {
    const root = project({ 'dist/index.html': '<p>', 'dist/en/index.html': '<p>', 'dist/sitemap.xml': '<x/>', 'dist/_astro/a.js': '' });
    const dist = join(root, 'dist');
    const { inventory, problems } = takeInventory(dist, new Set(['index.html', 'en/index.html', 'sitemap.xml']));
    expect(problems).toEqual([]);
    writeFileSync(join(dist, 'build-inventory.json'), JSON.stringify(inventory));
    expect(inventoryProblems(dist)).toEqual([]);

    writeFileSync(join(dist, 'en/index.html'), '<p>changed');
    rmSync(join(dist, 'sitemap.xml'));
    writeFileSync(join(dist, '_astro/reg.html'), '<script>navigator.serviceWorker.register("/sw.js")</script>');
    symlinkSync('/etc/hostname', join(dist, 'humans.txt'));
    expect(inventoryProblems(dist)).toEqual([
      expect.stringMatching(
        /^dist\/_astro\/reg\.html: is not a file the build made and checked \(not in build-inventory\.json\), and is HTML/,
      ),
      'dist/en/index.html: has changed since the build made and checked it',
      'dist/humans.txt: is a symbolic link: dist/ may hold only files the build wrote',
      'dist/sitemap.xml: is missing (the build made it)',
    ]);
  });

  it('refuses to take an inventory of a dist/ with a link or a stray file in it', () => {
    const root = project({ 'dist/index.html': '<p>', 'dist/_astro/apply.html': '<p>', 'dist/keys': { link: '/etc' } });
    const { problems } = takeInventory(join(root, 'dist'), new Set(['index.html']));
    expect(problems).toEqual([
      expect.stringMatching(/^dist\/_astro\/apply\.html: is HTML, but not one of the site's pages/),
      'dist/keys: is a symbolic link: dist/ may hold only files the build wrote',
    ]);
  });
});
