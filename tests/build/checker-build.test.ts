/**
 * A broken checker flow stops `astro build` with a message naming the file, the field (by the
 * question or rule id) and the reason.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempProject, type BuildResult } from '../support/build-site';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** Builds the site with the checker flow edited by `edit`. */
async function buildWithFlow(edit: (yaml: string) => string): Promise<BuildResult> {
  const project = tempProject();
  cleanups.push(project.cleanup);
  const flowFile = join(project.contentDir, 'pathways', 'clinical-coding', 'checker.yaml');
  const before = readFileSync(flowFile, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changed nothing').not.toBe(before);
  writeFileSync(flowFile, after);
  return buildSite(project);
}

describe('a broken checker flow fails the build', () => {
  it('names the file, field and reason for a reference to a section that does not exist', async () => {
    const { code, output } = await buildWithFlow((yaml) => yaml.replace('source: { page: additional-requirements, section: dbs-checks }', 'source: { page: additional-requirements, section: dbs }'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/pathways\/clinical-coding\/checker\.yaml: questions\[dbs\]\.source: refers to unknown section "dbs" of page "additional-requirements"/);
  }, 600_000);

  it('names the field and reason for a rule with an unknown answer', async () => {
    const { code, output } = await buildWithFlow((yaml) => yaml.replace('when: { dbs: ["no"] }', 'when: { dbs: ["never"] }'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/pathways\/clinical-coding\/checker\.yaml:\d+:\d+: rules\[dbs-no\]\.when\.dbs: refers to unknown option "never" of question "dbs"/);
  }, 600_000);
});
