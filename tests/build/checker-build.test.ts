/**
 * A broken checker flow stops `astro build` with a message naming the file, the field and the
 * reason. Each build runs in a throw-away project root (src/ and content/ copied, node_modules
 * linked, its own cache), so it cannot disturb the project's own build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Builds the site with the checker flow edited by `edit`; returns what the build printed. */
function buildWithFlow(edit: (yaml: string) => string): { code: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'checker-build-'));
  roots.push(root);
  for (const entry of ['src', 'public', 'content', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(pathToFileURL(join(projectRoot, 'astro.config.mjs')).href)};\nexport default { ...config, cacheDir: './.astro-cache' };\n`,
  );
  const flowFile = join(root, 'content/pathways/clinical-coding/checker.yaml');
  const before = readFileSync(flowFile, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changed nothing').not.toBe(before);
  writeFileSync(flowFile, after);
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', join(root, 'dist')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('a broken checker flow fails the build', () => {
  it('names the file, field and reason for a reference to a section that does not exist', () => {
    const { code, output } = buildWithFlow((yaml) => yaml.replace('source: { page: additional-requirements, section: dbs-checks }', 'source: { page: additional-requirements, section: dbs }'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/pathways\/clinical-coding\/checker\.yaml: questions\[dbs\]\.source: refers to unknown section "dbs" of page "additional-requirements"/);
  });

  it('names the field and reason for a rule with an unknown answer', () => {
    const { code, output } = buildWithFlow((yaml) => yaml.replace('when: { dbs: ["no"] }', 'when: { dbs: ["never"] }'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/pathways\/clinical-coding\/checker\.yaml:\d+:\d+: rules\[dbs-no\]\.when\.dbs: refers to unknown option "never" of question "dbs"/);
  });
});
