/**
 * `npm start`'s server (src/hosting/server.ts) on a small site of its own: what it sends for
 * addresses and requests no browser makes, each from the security review (F7, F8, F9, F18).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/hosting/server';
import { DATA_POLICY, IMMUTABLE_CACHE, SECURITY_HEADERS } from '../../src/hosting/policy';

const page = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body><main>${lang}</main></body></html>`;

/** Sends `head` as it is and returns the whole answer's text. */
function raw(origin: string, head: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.end());
  });
}

describe('npm start', () => {
  let root: string;
  let outside: string;
  let server: RunningServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-'));
    outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    for (const [file, text] of Object.entries({
      'index.html': page('cy'),
      '404.html': page('cy'),
      'en/index.html': page('en'),
      'en/404.html': page('en'),
      'cy/404.html': page('cy'),
      '_astro/a.js': 'export {}',
      'api/v2/pathways.json': '{}',
    })) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
    symlinkSync(outside, join(root, 'linkdir'));
    server = await startServer({ root });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("follows no link out of the site's folder (F9)", async () => {
    for (const path of ['/link.txt', '/linkdir/secret.txt']) {
      const answer = await fetch(server.origin + path);
      expect(answer.status, path).toBe(404);
      expect(await answer.text(), path).not.toContain('secret');
    }
  });

  it('never keeps a missing fingerprinted file, and keeps a real one a year (F7)', async () => {
    const missing = await fetch(`${server.origin}/_astro/checker.DOESNOTEXIST.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.origin}/_astro/a.js`)).headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
  });

  it('sends the sandboxing policy with a file, and lets other sites read the open data (F2, F22)', async () => {
    const data = await fetch(`${server.origin}/api/v2/pathways.json`);
    expect(data.headers.get('content-security-policy')).toBe(DATA_POLICY);
    expect(data.headers.get('access-control-allow-origin')).toBe('*');
    const home = await fetch(`${server.origin}/en/`);
    expect(home.headers.get('content-security-policy')).not.toBe(DATA_POLICY);
    expect(home.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says how long a page is when asked for its head alone (F21)', async () => {
    const head = await fetch(`${server.origin}/en/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(page('en'))));
  });

  it('refuses a request target in absolute form, never redirecting to the host it names (F8)', async () => {
    for (const target of ['https://evil.example//en/', 'http://evil.example/en', '*']) {
      const answer = await raw(server.origin, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(answer, target).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer, target).not.toMatch(/^location:/im);
    }
  });

  it('sends the security headers with the answers Node gives a request it cannot use (F18)', async () => {
    const tooLarge = await raw(server.origin, `GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    const broken = await raw(
      server.origin,
      'GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    expect(broken).toMatch(/^HTTP\/1\.1 400 /);
    for (const answer of [tooLarge, broken]) {
      expect(answer).toContain(`Content-Security-Policy: ${DATA_POLICY}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer).toContain(`${name}: ${value}`);
    }
  });
});
