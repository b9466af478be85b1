/**
 * Serves a built site the way the hosts in host-files.ts are set up to: the same headers, a
 * redirect to the trailing slash, each language's "page not found", and nothing but files under
 * the site's folder (a link that leads out of it is not followed). `npm start` and the browser tests use it. Never answers with a stack trace:
 * an address it cannot read is simply not found.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { NOT_SERVED_FILES } from './host-files.ts';
import { DATA_POLICY, notFoundPage, responseHeaders, SECURITY_HEADERS } from './policy.ts';
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
  if (segments.length === 1 && NOT_SERVED_FILES.includes(segments[0]!)) return undefined;
  return segments;
}

type Found = { kind: 'file'; file: string } | { kind: 'folder'; index: string } | { kind: 'missing' };

/** `path` itself, with every link followed, if that is still under `root` (itself real); a link out of the site is not there. */
async function inside(root: string, path: string): Promise<string | undefined> {
  const real = await realpath(path).catch(() => undefined);
  return real && (real === root || real.startsWith(root + sep)) ? real : undefined;
}

async function find(root: string, segments: string[]): Promise<Found> {
  const path = await inside(root, resolve(root, ...segments));
  if (!path) return { kind: 'missing' };
  try {
    const info = await stat(path);
    if (info.isFile()) return { kind: 'file', file: path };
    if (info.isDirectory()) {
      const index = await inside(root, join(path, 'index.html'));
      if (index && (await stat(index).catch(() => undefined))?.isFile()) return { kind: 'folder', index };
    }
  } catch {
    // Not there: a missing page.
  }
  return { kind: 'missing' };
}

/** The headers of an answer the server gives before it has read a request it can use (400, 431). */
const REFUSAL_HEADERS = {
  'Content-Security-Policy': DATA_POLICY,
  ...SECURITY_HEADERS,
  'Cache-Control': 'no-cache',
  'Content-Type': 'text/plain; charset=utf-8',
  Connection: 'close',
};

export async function startServer({ root, host = '127.0.0.1', port = 0, recordRequests = false }: ServeOptions): Promise<RunningServer> {
  const siteRoot = await realpath(resolve(root));
  const siteCsp = siteCspOf(siteRoot);
  const requests: string[] = [];

  async function respond(request: IncomingMessage, response: ServerResponse) {
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
    const query = queryAt < 0 ? '' : target.slice(queryAt);
    if (recordRequests) requests.push(target);
    const send = (status: number, extra: Record<string, string>, body?: Buffer, file?: string) => {
      const page = file === undefined ? false : extname(file) === '.html';
      const length = body ? { 'Content-Length': String(body.length) } : {};
      response.writeHead(status, { ...responseHeaders({ path: rawPath, page, found: status === 200 }, siteCsp), ...length, ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    // A browser asks for a path; a target in absolute form ("https://host/…") or "*" names no file
    // here, and must never become the start of a redirect to another site.
    if (!rawPath.startsWith('/')) {
      send(400, { 'Content-Type': CONTENT_TYPES['.txt']! }, Buffer.from('Bad request\n'));
      return;
    }
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
      send(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }, await readFile(file), file);
      return;
    }
    const notFoundFile = join(siteRoot, notFoundPage(rawPath));
    const notFound = await readFile(notFoundFile).catch(() => undefined);
    if (notFound) send(404, { 'Content-Type': CONTENT_TYPES['.html']! }, notFound, notFoundFile);
    else send(404, { 'Content-Type': CONTENT_TYPES['.txt']! }, Buffer.from('Not found\n'));
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      // Logged for whoever runs the server; the reader gets a plain answer, never the details.
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt']! });
      response.end('Something went wrong\n');
    });
  });
  // Node answers a request it cannot parse (400) or whose head is too large (431) itself, with
  // none of the site's headers: answer it here instead.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const head = Object.entries(REFUSAL_HEADERS)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n');
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n${head}\r\n\r\n`);
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
