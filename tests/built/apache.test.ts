/**
 * The .htaccess the build writes, in a real Apache 2.4 configured as src/hosting/README.md says
 * (`AllowOverride FileInfo Indexes Options=Indexes,MultiViews`, `UseCanonicalName On` with a
 * `ServerName`): the same headers as every other host, the sandboxing policy on files, each
 * language's "page not found", the trailing-slash redirect on the server's own name whatever Host
 * a request claims, and the host files never served. Debian's apache2 is installed by .ci/run;
 * without it the test is skipped here, and fails on CI.
 *
 * Apache's workers never run as root, so they serve a world-readable copy of dist/: the test
 * passes wherever the checkout lives.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_SERVED_FILES } from '../../src/hosting/host-files';
import { siteCspOf } from '../../src/hosting/secure-build';
import { DATA_POLICY, IMMUTABLE_CACHE, SECURITY_HEADERS } from '../../src/hosting/policy';
import { distDir } from '../support/paths';
import { freePort, get, notFoundPagesOf } from '../support/http';

const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const onCi = process.env.CI === 'true' || process.env.CI === '1';
if (onCi && !existsSync(APACHE)) throw new Error(`CI=true but there is no Apache at ${APACHE}: .ci/run installs apache2`);

describe.skipIf(!existsSync(APACHE))('Apache with the .htaccess the build writes', () => {
  let port: number;
  let prefix: string;
  let root: string;
  const siteCsp = siteCspOf(distDir);
  const config = () => join(prefix, 'httpd.conf');
  const apache = (...args: string[]) => spawnSync(APACHE, ['-f', config(), ...args], { encoding: 'utf8' });

  beforeAll(async () => {
    port = await freePort();
    prefix = mkdtempSync(join(tmpdir(), 'apache-'));
    root = join(prefix, 'dist');
    cpSync(distDir, root, { recursive: true });
    chmodSync(prefix, 0o755);
    const user = process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : [];
    writeFileSync(
      config(),
      [
        `ServerRoot ${prefix}`,
        `Listen 127.0.0.1:${port}`,
        `ServerName 127.0.0.1:${port}`,
        'UseCanonicalName On',
        `PidFile ${join(prefix, 'httpd.pid')}`,
        `ErrorLog ${join(prefix, 'error.log')}`,
        'LogLevel warn',
        ...['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers'].map(
          (name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`,
        ),
        ...user,
        'TypesConfig /etc/mime.types',
        'DirectoryIndex index.html',
        `DocumentRoot ${root}`,
        '<Directory />',
        '  AllowOverride None',
        '  Require all denied',
        '</Directory>',
        `<Directory ${root}>`,
        '  AllowOverride FileInfo Indexes Options=Indexes,MultiViews',
        '  Require all granted',
        '</Directory>',
      ].join('\n'),
    );
    const started = apache('-k', 'start');
    if (started.status !== 0) throw new Error(`Apache did not start: ${started.stderr}`);
    for (let tries = 0; tries < 600; tries++) {
      try {
        await get(port, '/');
        return;
      } catch {
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    throw new Error(`Apache did not answer: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
  });
  afterAll(async () => {
    if (prefix && existsSync(join(prefix, 'httpd.pid'))) {
      apache('-k', 'stop');
      for (let tries = 0; tries < 50 && existsSync(join(prefix, 'httpd.pid')); tries++) await new Promise((done) => setTimeout(done, 100));
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it("serves the pages with every security header and the site policy, with the README's AllowOverride (F10)", async () => {
    for (const path of ['/', '/cy/', '/en/']) {
      const answer = await get(port, path);
      expect(answer.status, `${path}: ${answer.body.slice(0, 200)}`).toBe(200);
      expect(answer.headers['content-security-policy'], path).toBe(siteCsp);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(answer.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('sends every file that is not a page with the sandboxing policy, and the open data for any site to read', async () => {
    for (const path of ['/favicon.svg', '/sitemap.xml', '/api/v2/pathways.json']) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-security-policy'], path).toBe(DATA_POLICY);
    }
    expect((await get(port, '/api/v2/pathways.json')).headers['access-control-allow-origin']).toBe('*');
    expect((await get(port, '/sitemap.xml')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('caches fingerprinted files for a year, and never a missing one', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.js'));
    const found = await get(port, `/_astro/${asset}`);
    expect(found.status).toBe(200);
    expect(found.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    const missing = await get(port, '/_astro/checker.DOESNOTEXIST.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });

  it('redirects to the trailing slash on its own name, whatever Host the request claims (F10)', async () => {
    for (const host of [`127.0.0.1:${port}`, 'evil.example']) {
      const answer = await get(port, '/en', host);
      expect(answer.status, host).toBe(301);
      expect(answer.headers.location, host).toBe(`http://127.0.0.1:${port}/en/`);
    }
  });

  it('gives each language its own "page not found", with the headers', async () => {
    for (const { path, lang, answer } of await notFoundPagesOf(port)) {
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('does not publish the host files', async () => {
    for (const name of NOT_SERVED_FILES) {
      const answer = await get(port, `/${name}`);
      expect(answer.status, name).toBe(404);
    }
  });
});
