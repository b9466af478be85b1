/**
 * The nginx lines `npm run host-config -- nginx` prints, in a real nginx serving dist/: the same
 * headers as every other host, the trailing-slash redirect, each language's "page not found" and
 * the long cache for fingerprinted files. Debian's nginx (nginx-light) is installed by .ci/run;
 * without it the test is skipped here, and fails on CI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_SERVED_FILES, nginxServerSnippet } from '../../src/hosting/host-files';
import { siteCspOf, siteHostingOf } from '../../src/hosting/secure-build';
import { DATA_POLICY, IMMUTABLE_CACHE, SECURITY_HEADERS } from '../../src/hosting/policy';
import { distDir } from '../support/paths';
import { freePort, get, notFoundPagesOf } from '../support/http';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const onCi = process.env.CI === 'true' || process.env.CI === '1';
if (onCi && !existsSync(NGINX)) throw new Error(`CI=true but there is no nginx at ${NGINX}: .ci/run installs nginx-light`);

describe.skipIf(!existsSync(NGINX))('nginx with the printed configuration', () => {
  let nginx: ChildProcess;
  let port: number;
  let prefix: string;
  const siteCsp = siteCspOf(distDir);

  beforeAll(async () => {
    port = await freePort();
    prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    const config = [
      'daemon off;',
      // Started as root, nginx's workers would run as "nobody" and could not read a checkout in a
      // private folder (a home folder, mktemp -d): keep them as the user who runs the tests.
      ...(process.getuid?.() === 0 ? ['user root root;'] : []),
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      'error_log stderr error;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log off; client_body_temp_path ${prefix}; proxy_temp_path ${prefix}; fastcgi_temp_path ${prefix}; uwsgi_temp_path ${prefix}; scgi_temp_path ${prefix};`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${distDir};`,
      nginxServerSnippet(siteHostingOf(distDir)).replace(/^/gm, '    '),
      '  }',
      '}',
    ].join('\n');
    writeFileSync(join(prefix, 'nginx.conf'), config);
    nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    nginx.stderr?.on('data', (chunk) => (errors += chunk));
    for (let tries = 0; tries < 600; tries++) {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${errors}`);
      try {
        await get(port, '/');
        return;
      } catch {
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    throw new Error(`nginx did not start: ${errors}`);
  });
  afterAll(() => {
    nginx?.kill();
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it('sends every security header and the site policy with a page', async () => {
    const answer = await get(port, '/cy/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(siteCsp);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()], name).toBe(value);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('serves the open data as JSON that other sites may read, with the headers that stop a browser reading it as anything else', async () => {
    const answer = await get(port, '/api/v2/pathways.json');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json\b/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBe(DATA_POLICY);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect((await get(port, '/sitemap.xml')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it("sends every file that is not a page with the sandboxing policy, and pagefind's files as bytes", async () => {
    for (const path of ['/favicon.svg', '/sitemap.xml', '/robots.txt', '/pagefind/pagefind-entry.json']) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-security-policy'], path).toBe(DATA_POLICY);
    }
    const wasm = readdirSync(join(distDir, 'pagefind')).find((name) => name.endsWith('.pagefind'));
    expect((await get(port, `/pagefind/${wasm}`)).headers['content-type']).toBe('application/octet-stream');
  });

  it('redirects an address without its trailing slash to the page', async () => {
    for (const [from, to] of [
      ['/cy', '/cy/'],
      ['/en/clinical-coding/training', '/en/clinical-coding/training/'],
    ]) {
      const answer = await get(port, from!);
      expect(answer.status, from).toBe(301);
      expect(answer.headers.location, from).toBe(to);
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
      expect(answer.body, name).toMatch(/<html lang="cy"/);
    }
  });

  it('caches fingerprinted files for a year, and never a missing one', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.js'));
    expect(asset).toBeDefined();
    const answer = await get(port, `/_astro/${asset}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(answer.headers['content-security-policy']).toBe(DATA_POLICY);
    const missing = await get(port, '/_astro/checker.DOESNOTEXIST.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
    expect(missing.headers['content-security-policy']).toBe(siteCsp);
  });
});
