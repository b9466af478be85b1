/**
 * Checks that a built site can be deployed as it is: `npm run check:dist` (after `npm run build`),
 * or `npm run check:dist -- path/to/dist`. Exits non-zero, listing each problem, when it cannot:
 * among them, what the content still lacks (the publisher's contact, the site's real address).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDist } from '../src/hosting/check-dist.ts';

const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const problems = checkDist(dist);
if (problems.length === 1) {
  console.error(`${dist} is not ready to deploy: ${problems[0]}`);
  process.exit(1);
}
if (problems.length) {
  console.error(`${dist} is not ready to deploy: ${problems.length} problems:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(
  `${dist} is ready to deploy: the publisher's contact is given and the site's address set; it holds exactly the files the build made and checked, unchanged; every page in both languages, the sitemap, robots.txt, the open data and the host files check out.`,
);
