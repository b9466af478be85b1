/**
 * Two clean builds of the same content give the same dist/, byte for byte: every page, asset,
 * host file and the search index. Each build runs in its own throw-away project (another folder,
 * another time), so a timestamp, a random id, an absolute path or an order that depends on the
 * file system would show as a difference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempProject, type BuildResult, type TempProject } from '../support/build-site';
import { allFiles } from '../../src/hosting/dist-files';

const BUILD_TIMEOUT = 300_000;

describe('two clean builds', () => {
  const projects: TempProject[] = [];
  const builds: BuildResult[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const project = tempProject();
      projects.push(project);
      const result = await buildSite(project);
      if (result.code !== 0) throw new Error(`build ${i + 1} failed:\n${result.output}`);
      builds.push(result);
    }
  }, BUILD_TIMEOUT);
  afterAll(() => projects.forEach((project) => project.cleanup()));

  it('write the same files', () => {
    const [first, second] = builds.map((build) => allFiles(build.outDir));
    expect(first!.length).toBeGreaterThan(30);
    expect(second).toEqual(first);
  });

  it('with the same bytes in every file', () => {
    const differing = allFiles(builds[0]!.outDir).filter((file) => {
      const [a, b] = builds.map((build) => readFileSync(join(build.outDir, file)));
      return !a!.equals(b!);
    });
    expect(differing).toEqual([]);
  });
});
