/**
 * `astro build` refuses to publish an MDX page with a script, a javascript: link and an event
 * handler in it, and says where each one is and why, pointing at the page rather than at the
 * code that found them.
 */
import { afterAll, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempProject, type TempProject } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';

let project: TempProject | undefined;
afterAll(() => project?.cleanup());

it('a page with unsafe content fails the build, naming file, line, column and reason for each problem', async () => {
  project = tempProject();
  const page = 'content/pathways/clinical-coding/pages/en/progression.mdx';
  copyFileSync(join(fixturesDir, 'broken', 'build', 'progression-unsafe-content.mdx'), join(project.root, page));

  const result = await buildSite(project);
  expect(result.code, result.output).not.toBe(0);
  // Found by the check of every content file before the build (src/validation/), so the build
  // prints the list and nothing from inside Astro or the compiler.
  expect(result.output).toContain([
    'The content has 3 errors:',
    `  - ${page}:15:1: <script> is not allowed in content: it runs JavaScript`,
    `  - ${page}:17:26: link "javascript:alert(document.cookie)" uses javascript:, but links may only use https:, mailto:, tel: or a relative address`,
    `  - ${page}:23:100: <a onClick> is not allowed: event-handler attributes (on…) run JavaScript`,
  ].join('\n'));
  expect(result.output).toContain('Hint:\n    Fix what each line names.');
  expect(result.output).not.toContain('Browser APIs are not available on the server');
  expect(result.output).not.toMatch(/node_modules|Stack trace|Location:/);
}, 180_000);
