/**
 * `npm start` (after the build) and `npm run preview`: serves dist/ at http://127.0.0.1:4321/ with
 * the headers, redirects and "page not found" pages the host files give (src/hosting/).
 * PORT and HOST change where it listens.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startServer } from '../src/hosting/server.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(root)) {
  console.error('There is no dist/ folder: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}
const server = await startServer({ root, host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) });
console.log(`Serving dist/ at ${server.origin}/ (Ctrl+C to stop)`);
