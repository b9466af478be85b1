/**
 * Prints a host's configuration for the site as last built: `npm run host-config -- nginx`
 * (the lines for a server block) or `-- apache` (the same as dist/.htaccess). Run it after each
 * build: the Content-Security-Policy names the hashes of the built pages' styles.
 */
import { fileURLToPath } from 'node:url';
import { apacheHtaccess, nginxServerSnippet } from '../src/hosting/host-files.ts';
import { siteHostingOf } from '../src/hosting/secure-build.ts';
import type { SiteHosting } from '../src/hosting/host-files.ts';

const hosts: Record<string, (site: SiteHosting) => string> = { nginx: nginxServerSnippet, apache: apacheHtaccess };
const host = process.argv[2] ?? '';
const render = hosts[host];
if (!render) {
  console.error(`Usage: npm run host-config -- ${Object.keys(hosts).join('|')}`);
  process.exit(1);
}
process.stdout.write(render(siteHostingOf(fileURLToPath(new URL('../dist/', import.meta.url)))));
