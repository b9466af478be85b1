/** Plain HTTP for the tests of real servers (nginx, Apache): a GET with its status, headers and body, and a free port. */
import { request } from 'node:http';
import { createServer } from 'node:net';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function get(port: number, path: string, host?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', ...(host ? { headers: { Host: host } } : {}) }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Each language's "page not found" from a server on `port`: Welsh first for /cy/ and elsewhere, English first for /en/, with the headers. */
export async function notFoundPagesOf(port: number): Promise<{ path: string; lang: string; answer: Answer }[]> {
  const cases: [string, string][] = [
    ['/cy/dim-tudalen/', 'cy'],
    ['/en/no-page/', 'en-GB'],
    ['/nowhere/', 'cy'],
  ];
  return Promise.all(cases.map(async ([path, lang]) => ({ path, lang, answer: await get(port, path) })));
}
