/**
 * Builds the site from a temporary copy of content/ (with fixtures added or swapped in) into a
 * temporary output folder, the way `npm run build` does, and returns what the build printed.
 *
 * Astro keeps generated content modules in <root>/.astro and its content cache in
 * <root>/node_modules/.astro; a build of other content in the project itself would leave them
 * pointing at the temporary files and break the next `npm run build`. So each build runs in a
 * throw-away project root: src/, public/ and the config copied, node_modules linked, and the
 * cache moved inside that root.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './paths.ts';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

export interface TempProject {
  root: string;
  /** The project's content/, copied: add or swap fixture files here before building. */
  contentDir: string;
  cleanup(): void;
}

export function tempProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'site-build-'));
  for (const entry of ['src', 'public', 'content', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(pathToFileURL(join(projectRoot, 'astro.config.mjs')).href)};\n` +
      `export default { ...config, cacheDir: './.astro-cache' };\n`,
  );
  return { root, contentDir: join(root, 'content'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** `env` adds to the environment the build runs in (SITE_URL, for a build for a real address). */
export function buildSite(project: TempProject, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = join(project.root, 'dist');
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--root', project.root, '--outDir', outDir], {
      cwd: project.root,
      env: { ...process.env, ...env, CONTENT_DIR: project.contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
  });
}
