/**
 * The configuration files static hosts read, made from policy.ts so that every host sends the
 * same headers, caches the same files and shows each language its own "page not found".
 * Pure: each function returns a file's text. The build writes the first four into dist/;
 * `npm run host-config -- nginx` prints the last (nginx reads no file from the site itself).
 *
 * Trailing slashes: every page is a folder with an index.html. Netlify, Cloudflare Pages, Apache
 * (mod_dir) and nginx (try_files … $uri/) answer "/cy" with a redirect to "/cy/" on their own;
 * Azure Static Web Apps does it when told (`trailingSlash`).
 */
import {
  DEFAULT_NOT_FOUND_PAGE, IMMUTABLE_CACHE, IMMUTABLE_PREFIXES, NOT_FOUND_PAGES, SECURITY_HEADERS,
} from './policy.ts';

/** Read by hosts, never served as pages. */
export const HOST_FILE_NAMES: readonly string[] = ['_headers', '_redirects', 'staticwebapp.config.json', '.htaccess'];
const hostFilePattern = () => HOST_FILE_NAMES.map((name) => name.replace(/\./g, '\\.')).join('|');

const allHeaders = (siteCsp: string): [string, string][] => [['Content-Security-Policy', siteCsp], ...Object.entries(SECURITY_HEADERS)];

/**
 * Netlify and Cloudflare Pages. Cache-Control is set only for fingerprinted files: both hosts
 * already revalidate everything else, and a second Cache-Control for the same path would be
 * joined to the first on Cloudflare.
 */
export function netlifyHeaders(siteCsp: string): string {
  const lines = ['/*', ...allHeaders(siteCsp).map(([name, value]) => `  ${name}: ${value}`)];
  for (const prefix of IMMUTABLE_PREFIXES) lines.push(`${prefix}*`, `  Cache-Control: ${IMMUTABLE_CACHE}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Netlify: each language's "page not found". Cloudflare Pages needs no rule (it serves the
 * nearest 404.html up the folder tree) and ignores these lines, whose status it does not support.
 */
export function netlifyRedirects(): string {
  return `${NOT_FOUND_PAGES.map((page) => `${page.prefix}*  ${page.file}  404`).join('\n')}\n`;
}

/**
 * Azure Static Web Apps. Its response overrides are site-wide, so every missing address gets the
 * bilingual page (Welsh first), not its language's own.
 */
export function azureStaticWebAppConfig(siteCsp: string): string {
  const config = {
    trailingSlash: 'always',
    globalHeaders: Object.fromEntries(allHeaders(siteCsp)),
    routes: IMMUTABLE_PREFIXES.map((prefix) => ({ route: `${prefix}*`, headers: { 'Cache-Control': IMMUTABLE_CACHE } })),
    responseOverrides: { '404': { rewrite: DEFAULT_NOT_FOUND_PAGE } },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const prefixPattern = (prefixes: readonly string[]) => prefixes.map((prefix) => prefix.slice(1, -1).replace(/\//g, '\\/')).join('|');

/** Apache (2.4, with AllowOverride FileInfo Indexes and mod_headers): dist/.htaccess. */
export function apacheHtaccess(siteCsp: string): string {
  const lines = [
    '# Made by the build from src/hosting/policy.ts: edit that, not this.',
    'Options -MultiViews -Indexes',
    'DirectorySlash On',
    `RedirectMatch 404 ^/(${hostFilePattern()})$`,
    `ErrorDocument 404 ${DEFAULT_NOT_FOUND_PAGE}`,
    ...NOT_FOUND_PAGES.flatMap((page) => [
      `<If "%{REQUEST_URI} =~ m#^${page.prefix}#">`,
      `  ErrorDocument 404 ${page.file}`,
      '</If>',
    ]),
    '<IfModule mod_headers.c>',
    ...allHeaders(siteCsp).map(([name, value]) => `  Header always set ${name} ${quoted(value)}`),
    `  <If "%{REQUEST_URI} =~ m#^/(${prefixPattern(IMMUTABLE_PREFIXES)})/#">`,
    `    Header set Cache-Control ${quoted(IMMUTABLE_CACHE)}`,
    '  </If>',
    '  <Else>',
    '    Header set Cache-Control "no-cache"',
    '  </Else>',
    '</IfModule>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * nginx: the lines for the site's `server { … }` block, with `root` pointing at dist/.
 * add_header is not inherited by a location that has its own, so each location repeats them.
 */
export function nginxServerSnippet(siteCsp: string): string {
  const headers = (cache: string) => [
    ...allHeaders(siteCsp).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
    `    add_header Cache-Control ${quoted(cache)} always;`,
  ];
  const lines = [
    '# Made from src/hosting/policy.ts by `npm run host-config -- nginx` after `npm run build`.',
    'absolute_redirect off;',
    `error_page 404 ${DEFAULT_NOT_FOUND_PAGE};`,
    `location ~ ^/(${hostFilePattern()})$ {`,
    '    return 404;',
    '}',
    'location / {',
    '    try_files $uri $uri/ =404;',
    ...headers('no-cache'),
    '}',
    ...NOT_FOUND_PAGES.flatMap((page) => [
      `location ${page.prefix} {`,
      `    error_page 404 ${page.file};`,
      '    try_files $uri $uri/ =404;',
      ...headers('no-cache'),
      '}',
    ]),
    `location ~ ^/(${prefixPattern(IMMUTABLE_PREFIXES)})/ {`,
    ...headers(IMMUTABLE_CACHE),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** The files the build writes into dist/, by name (HOST_FILE_NAMES). */
export function hostFiles(siteCsp: string): Record<string, string> {
  return {
    _headers: netlifyHeaders(siteCsp),
    _redirects: netlifyRedirects(),
    'staticwebapp.config.json': azureStaticWebAppConfig(siteCsp),
    '.htaccess': apacheHtaccess(siteCsp),
  };
}
