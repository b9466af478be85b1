/**
 * `astro build` refuses to publish an MDX page with a script, a javascript: link and an event
 * handler in it, and says where each one is and why, pointing at the page rather than at the
 * code that found them. In the same build, the security review's exploitable reproductions that
 * begin in the project's files: a symbolic link in public/ to the checkout's .git/config, a page
 * and script placed in public/_astro/, an SVG beside an MDX page, and a Welsh link swapped to a
 * look-alike host.
 */
import { afterAll, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempProject, type TempProject } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';

let project: TempProject | undefined;
afterAll(() => project?.cleanup());

it('a page with unsafe content fails the build, naming file, line, column and reason for each problem', async () => {
  project = tempProject();
  const page = 'content/pathways/clinical-coding/pages/en/progression.mdx';
  copyFileSync(join(fixturesDir, 'broken', 'build', 'progression-unsafe-content.mdx'), join(project.root, page));
  symlinkSync('../.git/config', join(project.root, 'public', 'robots-archive.txt'));
  mkdirSync(join(project.root, 'public', '_astro'));
  writeFileSync(join(project.root, 'public', '_astro', 'apply.html'), '<h1>Apply now</h1>');
  writeFileSync(
    join(project.root, 'content/pathways/clinical-coding/pages/en/progression-diagram.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><meta http-equiv="refresh" content="0;url=https://evil.example/phish"/></foreignObject></svg>',
  );
  const welsh = join(project.root, 'content/site/pages/cy/accessibility.mdx');
  writeFileSync(
    welsh,
    readFileSync(welsh, 'utf8').replace(
      'https://www.equalityadvisoryservice.com/',
      'https://www.equalityadvisoryservice.com.\u0430dvice-cymru.example/',
    ),
  );

  const result = await buildSite(project);
  expect(result.code, result.output).not.toBe(0);
  // Found by the check of every content file before the build (src/validation/), so the build
  // prints the list and nothing from inside Astro or the compiler.
  expect(result.output).toContain('The content has 9 errors:');
  expect(result.output).toMatch(/ {2}- public\/_astro\/apply\.html: is not one of the files public\/ may publish/);
  expect(result.output).toMatch(/ {2}- public\/robots-archive\.txt: is a symbolic link \(to \.\.\/\.git\/config\)/);
  expect(result.output).toMatch(
    / {2}- content\/pathways\/clinical-coding\/pages\/en\/progression-diagram\.svg: is an SVG image, which content may not hold/,
  );
  expect(result.output).toMatch(
    / {2}- content\/site\/pages\/cy\/accessibility\.mdx:48:\d+: link "https:\/\/www\.equalityadvisoryservice\.com\.\u0430dvice-cymru\.example\/" goes to an internationalised host name/,
  );
  expect(result.output).toContain(
    [
      `  - ${page}:15:1: <script> is not allowed in content: it runs JavaScript`,
      `  - ${page}:17:26: link "javascript:alert(document.cookie)" uses javascript:, but links may only use https:, mailto:, tel: or a relative address`,
      `  - ${page}:23:100: <a onClick> is not allowed: event-handler attributes (on…) run JavaScript`,
    ].join('\n'),
  );
  expect(result.output).toContain('Hint:\n    Fix what each line names.');
  expect(result.output).not.toContain('Browser APIs are not available on the server');
  expect(result.output).not.toMatch(/node_modules|Stack trace|Location:/);
}, 600_000);
