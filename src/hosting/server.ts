/**
 * Serves a built site the way the hosts in host-files.ts are set up to: the same headers, a
 * redirect to the trailing slash, each language's "page not found", and nothing but files under
 * the site's folder. `npm start` and the browser tests use it. Never answers with a stack trace:
 * an address it cannot read is simply not found.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { HOST_FILE_NAMES } from './host-files.ts';
import { notFoundPage, responseHeaders } from './policy.ts';
import { siteCspOf } from './secure-build.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface ServeOptions {
  /** The built site (dist/). */
  root: string;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Keep the path of every request, for tests that count what a page fetched (never for `npm start`). */
  recordRequests?: boolean;
}

export interface RunningServer {
  origin: string;
  /** Path and query of every request served, in order, when asked to record them. */
  requests: string[];
  close(): Promise<void>;
}

/** The address's path as file-system segments, or undefined when it cannot name a file of the site. */
export function pathSegments(rawPath: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of rawPath.split('/').filter(Boolean)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  if (segments.length === 1 && HOST_FILE_NAMES.includes(segments[0]!)) return undefined;
  return segments;
}

type Found = { kind: 'file'; file: string } | { kind: 'folder'; index: string } | { kind: 'missing' };

async function find(root: string, segments: string[]): Promise<Found> {
  const path = resolve(root, ...segments);
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'missing' };
  try {
    const info = await stat(path);
    if (info.isFile()) return { kind: 'file', file: path };
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return { kind: 'folder', index };
    }
  } catch {
    // Not there: a missing page.
  }
  return { kind: 'missing' };
}

export async function startServer({ root, host = '127.0.0.1', port = 0, recordRequests = false }: ServeOptions): Promise<RunningServer> {
  const siteRoot = resolve(root);
  const siteCsp = siteCspOf(siteRoot);
  const requests: string[] = [];

  async function respond(request: IncomingMessage, response: ServerResponse) {
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
    const query = queryAt < 0 ? '' : target.slice(queryAt);
    if (recordRequests) requests.push(target);
    const headers = responseHeaders(rawPath, siteCsp);
    const send = (status: number, extra: Record<string, string>, body?: Buffer) => {
      response.writeHead(status, { ...headers, ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': CONTENT_TYPES['.txt']! }, Buffer.from('Method not allowed\n'));
      return;
    }

    // "//en/page/" names the same page as "/en/page/", but scripts that build addresses from the
    // path would take "//en" for another host: send the reader to the one address.
    if (/\/\/+/.test(rawPath)) {
      send(301, { Location: `${rawPath.replace(/\/\/+/g, '/')}${query}` });
      return;
    }
    const segments = pathSegments(rawPath);
    const found = segments ? await find(siteRoot, segments) : ({ kind: 'missing' } as const);
    const endsInSlash = rawPath.endsWith('/');
    if (found.kind === 'folder' && !endsInSlash) {
      // Built from the decoded segments, so "//host" can never become a redirect to another site.
      send(301, { Location: `/${segments!.map(encodeURIComponent).join('/')}/${query}` });
      return;
    }
    const file = found.kind === 'folder' ? found.index : found.kind === 'file' && !endsInSlash ? found.file : undefined;
    if (file) {
      send(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }, await readFile(file));
      return;
    }
    const notFound = await readFile(join(siteRoot, notFoundPage(rawPath))).catch(() => Buffer.from('Not found\n'));
    send(404, { 'Content-Type': CONTENT_TYPES['.html']! }, notFound);
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      // Logged for whoever runs the server; the reader gets a plain answer, never the details.
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt']! });
      response.end('Something went wrong\n');
    });
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    origin: `http://${host}:${address.port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
