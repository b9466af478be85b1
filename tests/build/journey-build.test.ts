/**
 * A step or an answer that names a section of the pathway that does not exist stops `astro build`,
 * naming the file, the field (by the step or question id) and the reason.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempProject } from '../support/build-site';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function edit(file: string, from: string, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  expect(after, `the edit changed nothing in ${file}`).not.toBe(before);
  writeFileSync(file, after);
}

describe('a step or answer that points nowhere fails the build', () => {
  it('names the file, the field and the reason for each', async () => {
    const project = tempProject();
    cleanups.push(project.cleanup);
    const folder = join(project.contentDir, 'pathways', 'clinical-coding');
    edit(join(folder, 'steps.yaml'), '{ page: training, section: on-the-job }', '{ page: training, section: on-the-jobs }');
    edit(join(folder, 'questions.yaml'), '{ page: additional-requirements, section: shifts }', '{ page: additional-requirement, section: shifts }');
    const { code, output } = await buildSite(project);
    expect(code).not.toBe(0);
    expect(output).toMatch(/pathways\/clinical-coding\/steps\.yaml: steps\[on-the-job\]\.sources\[0\]: refers to unknown section "on-the-jobs" of page "training"/);
    expect(output).toMatch(/pathways\/clinical-coding\/questions\.yaml: questions\[shifts\]\.sources\[0\]: refers to unknown page "additional-requirement" in pathway "clinical-coding"/);
  }, 600_000);
});
