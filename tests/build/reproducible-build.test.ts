/**
 * A clean build of the same content gives the same dist/ as the one `npm test` built just before,
 * byte for byte: every page, asset, host file and the search index. The fresh build runs in a
 * throw-away project (another folder, another time), so a timestamp, a random id, an absolute path
 * or an order that depends on the file system would show as a difference. Run after `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempProject, type BuildResult, type TempProject } from '../support/build-site';
import { distDir } from '../support/paths';
import { allFiles } from '../../src/hosting/dist-files';

const BUILD_TIMEOUT = 300_000;

describe('a clean build in another folder, compared with dist/', () => {
  let project: TempProject;
  let fresh: BuildResult;
  beforeAll(async () => {
    if (!existsSync(join(distDir, 'index.html'))) throw new Error('no dist/: run npm run build first');
    project = tempProject();
    fresh = await buildSite(project);
    if (fresh.code !== 0) throw new Error(`the fresh build failed:\n${fresh.output}`);
  }, BUILD_TIMEOUT);
  afterAll(() => project?.cleanup());

  it('writes the same files', () => {
    const shipped = allFiles(distDir);
    expect(shipped.length).toBeGreaterThan(30);
    expect(allFiles(fresh.outDir), 'if content or code changed since, run npm run build again').toEqual(shipped);
  });

  it('with the same bytes in every file', () => {
    const differing = allFiles(distDir).filter((file) => {
      const [a, b] = [distDir, fresh.outDir].map((dir) => readFileSync(join(dir, file)));
      return !a!.equals(b!);
    });
    expect(differing, 'if content or code changed since, run npm run build again').toEqual([]);
  });
});
