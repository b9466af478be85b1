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
  expect(result.output).toContain(`${page} has 3 problems that must not be published:`);
  expect(result.output).toContain(`${page}:15:1: <script> is not allowed in content: it runs JavaScript`);
  expect(result.output).toContain(`${page}:17:26: link "javascript:alert(document.cookie)" uses javascript:, but links may only use https:, mailto:, tel: or a relative address`);
  expect(result.output).toContain(`${page}:23:100: <a onClick> is not allowed: event-handler attributes (on…) run JavaScript`);
  expect(result.output).toContain('Hint:\n    Remove or rewrite what each line names.');
  expect(result.output).not.toContain('Browser APIs are not available on the server');
  // Astro's "Location:" is the page and the first problem, not a file in node_modules.
  expect(result.output).toMatch(new RegExp(`Location:\\s+\\S*${page.replace(/[./]/g, '\\$&')}:15:1\\n`));
  expect(result.output).not.toMatch(/Location:\s+\S*node_modules/);
}, 180_000);
