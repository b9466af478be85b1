/**
 * Builds the site from a temporary copy of content/ (with fixtures added or swapped in) into a
 * temporary output folder, the way `npm run build` does, and returns what the build printed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** A fresh copy of content/ in a temporary folder; remove it with cleanup(). */
export function copyContent(): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'site-content-'));
  const dir = join(root, 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function buildSite(contentDir: string): Promise<BuildResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'site-dist-'));
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
  });
}
