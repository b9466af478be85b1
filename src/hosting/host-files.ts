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
  DATA_POLICY,
  DEFAULT_NOT_FOUND_PAGE,
  IMMUTABLE_CACHE,
  IMMUTABLE_PREFIXES,
  NOT_FOUND_PAGES,
  OPEN_DATA_HEADERS,
  OPEN_DATA_PREFIX,
  SECURITY_HEADERS,
} from './policy.ts';

/** What the host files are made from (secure-build.ts siteHostingOf). */
export interface SiteHosting {
  /** The policy of the site's pages. */
  siteCsp: string;
  /** Every file of dist/ that is not a page (relative, "/"-separated): each is sent DATA_POLICY. */
  dataFiles: readonly string[];
}

/**
 * The files the build writes into dist/ for the hosts, by name, each with what makes it: read by
 * hosts, never served as pages. A new host is one entry here.
 */
const HOST_FILES = {
  _headers: netlifyHeaders,
  _redirects: netlifyRedirects,
  'staticwebapp.config.json': azureStaticWebAppConfig,
  '.htaccess': apacheHtaccess,
} satisfies Record<string, (site: SiteHosting) => string>;
export type HostFileName = keyof typeof HOST_FILES;
export const HOST_FILE_NAMES: readonly string[] = Object.keys(HOST_FILES);
/** The list of what the build made (inventory.ts), for `npm run check:dist`. */
export const INVENTORY_FILE = 'build-inventory.json';
/** Files in dist/ that are for the host and the deployer, not the reader: `npm start`, nginx and Apache answer 404. */
export const NOT_SERVED_FILES: readonly string[] = [...HOST_FILE_NAMES, INVENTORY_FILE];
const hostFilePattern = () => NOT_SERVED_FILES.map((name) => name.replace(/\./g, '\\.')).join('|');

const allHeaders = (siteCsp: string): [string, string][] => [['Content-Security-Policy', siteCsp], ...Object.entries(SECURITY_HEADERS)];

/** Folders that hold only files, never pages: one rule each covers whatever the build puts there. */
const DATA_FOLDERS = ['_astro', 'pagefind', OPEN_DATA_PREFIX.slice(1, -1), 'share'];

/**
 * Netlify and Cloudflare Pages path patterns that cover every file in `dataFiles` and no page:
 * a folder of files as `/folder/*`, a file at the top as itself, and a file deeper in the page
 * tree (a checker's flow.json) with its folders as placeholders, so that one rule covers every
 * pathway and language (Cloudflare allows 100 rules).
 */
export function dataPathPatterns(dataFiles: readonly string[]): string[] {
  const patterns = new Set(DATA_FOLDERS.map((folder) => `/${folder}/*`));
  for (const file of dataFiles) {
    const parts = file.split('/');
    if (DATA_FOLDERS.includes(parts[0]!)) continue;
    patterns.add(`/${parts.map((part, i) => (i < parts.length - 1 ? `:folder${i + 1}` : part)).join('/')}`);
  }
  return [...patterns].sort();
}

/**
 * Netlify and Cloudflare Pages. Both apply every rule whose path matches, and join two values of
 * one header with a comma: a file's Content-Security-Policy is then the site's and DATA_POLICY
 * together, both enforced. Cache-Control is set only for fingerprinted files: both hosts
 * already revalidate everything else, and a second Cache-Control would be joined to the first.
 */
export function netlifyHeaders({ siteCsp, dataFiles }: SiteHosting): string {
  const lines = ['/*', ...allHeaders(siteCsp).map(([name, value]) => `  ${name}: ${value}`)];
  for (const pattern of dataPathPatterns(dataFiles)) {
    lines.push(pattern, `  Content-Security-Policy: ${DATA_POLICY}`);
    if (`${pattern.slice(0, -1)}` === OPEN_DATA_PREFIX)
      lines.push(...Object.entries(OPEN_DATA_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
  }
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

/** Extensions of files that are not pages, for Azure's routes (which match by extension, not by placeholder). */
const DATA_EXTENSIONS = (dataFiles: readonly string[]) =>
  [
    ...new Set(
      dataFiles
        .map((file) => file.slice(file.lastIndexOf('/') + 1))
        .filter((name) => name.includes('.'))
        .map((name) => name.slice(name.lastIndexOf('.') + 1)),
    ),
  ].sort();

/**
 * Azure Static Web Apps. The first route that matches is used, and its headers replace the
 * global ones of the same name. Its response overrides are site-wide, so every missing address
 * gets the bilingual page (Welsh first), not its language's own.
 */
export function azureStaticWebAppConfig({ siteCsp, dataFiles }: SiteHosting): string {
  const data = { 'Content-Security-Policy': DATA_POLICY };
  const config = {
    trailingSlash: 'always',
    globalHeaders: Object.fromEntries(allHeaders(siteCsp)),
    routes: [
      ...IMMUTABLE_PREFIXES.map((prefix) => ({ route: `${prefix}*`, headers: { ...data, 'Cache-Control': IMMUTABLE_CACHE } })),
      { route: `${OPEN_DATA_PREFIX}*`, headers: { ...data, ...OPEN_DATA_HEADERS } },
      { route: `/*.{${DATA_EXTENSIONS(dataFiles).join(',')}}`, headers: data },
    ],
    responseOverrides: { '404': { rewrite: DEFAULT_NOT_FOUND_PAGE } },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const prefixPattern = (prefixes: readonly string[]) => prefixes.map((prefix) => prefix.slice(1, -1).replace(/\//g, '\\/')).join('|');
/** An address that names a file other than a page: it ends in an extension that is not .html. */
const DATA_PATH_REGEX = '\\.(?!html$)[A-Za-z0-9_]+$';

/**
 * Apache 2.4 (mod_headers; `AllowOverride FileInfo Indexes Options=Indexes,MultiViews`):
 * dist/.htaccess. Redirects to the trailing slash are mod_dir's; so that they never name the host
 * a request claims, the server needs `UseCanonicalName On` and its `ServerName` (src/hosting/README.md).
 */
export function apacheHtaccess({ siteCsp }: SiteHosting): string {
  const lines = [
    '# Made by the build from src/hosting/policy.ts: edit that, not this.',
    'Options -MultiViews -Indexes',
    'DirectorySlash On',
    `RedirectMatch 404 ^/(${hostFilePattern()})$`,
    `ErrorDocument 404 ${DEFAULT_NOT_FOUND_PAGE}`,
    ...NOT_FOUND_PAGES.flatMap((page) => [`<If "%{REQUEST_URI} =~ m#^${page.prefix}#">`, `  ErrorDocument 404 ${page.file}`, '</If>']),
    '<IfModule mod_headers.c>',
    ...allHeaders(siteCsp).map(([name, value]) => `  Header always set ${name} ${quoted(value)}`),
    '  Header always set Cache-Control "no-cache"',
    // Decided by the file served, after any "page not found" has taken the place of a missing one.
    `  <If "%{REQUEST_FILENAME} =~ m#${DATA_PATH_REGEX}# && -f %{REQUEST_FILENAME}">`,
    `    Header always set Content-Security-Policy ${quoted(DATA_POLICY)}`,
    `    <If "%{REQUEST_URI} =~ m#^/(${prefixPattern(IMMUTABLE_PREFIXES)})/#">`,
    `      Header always set Cache-Control ${quoted(IMMUTABLE_CACHE)}`,
    '    </If>',
    `    <If "%{REQUEST_URI} =~ m#^${OPEN_DATA_PREFIX}#">`,
    ...Object.entries(OPEN_DATA_HEADERS).map(([name, value]) => `      Header always set ${name} ${quoted(value)}`),
    '    </If>',
    '  </If>',
    '</IfModule>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * nginx: the lines for the site's `server { … }` block, with `root` pointing at dist/. The
 * policy, cache and open-data headers are chosen per request by the address nginx finally serves
 * (after a "page not found" has replaced a missing file, these are worked out again), and
 * add_header, which a location with its own does not inherit, is repeated in each location.
 */
export function nginxServerSnippet({ siteCsp }: SiteHosting): string {
  const headers = [
    ['Content-Security-Policy', '$site_policy'],
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => [name, quoted(value)]),
    ['Cache-Control', '$site_cache'],
    ...Object.keys(OPEN_DATA_HEADERS).map((name) => [name, '$site_open_data']),
  ].map(([name, value]) => `    add_header ${name} ${value} always;`);
  const lines = [
    '# Made from src/hosting/policy.ts by `npm run host-config -- nginx` after `npm run build`.',
    'absolute_redirect off;',
    // pagefind's index files have extensions of their own: bytes, not text.
    'default_type application/octet-stream;',
    `set $site_policy ${quoted(siteCsp)};`,
    `if ($uri ~ "${DATA_PATH_REGEX}") { set $site_policy ${quoted(DATA_POLICY)}; }`,
    'set $site_cache "no-cache";',
    `if ($uri ~ "^/(${prefixPattern(IMMUTABLE_PREFIXES)})/") { set $site_cache ${quoted(IMMUTABLE_CACHE)}; }`,
    'set $site_open_data "";',
    `if ($uri ~ "^${OPEN_DATA_PREFIX}") { set $site_open_data "*"; }`,
    `error_page 404 ${DEFAULT_NOT_FOUND_PAGE};`,
    `location ~ ^/(${hostFilePattern()})$ {`,
    '    return 404;',
    '}',
    'location / {',
    '    try_files $uri $uri/ =404;',
    ...headers,
    '}',
    ...NOT_FOUND_PAGES.flatMap((page) => [
      `location ${page.prefix} {`,
      `    error_page 404 ${page.file};`,
      '    try_files $uri $uri/ =404;',
      ...headers,
      '}',
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** The text of each file the build writes into dist/ for the hosts (HOST_FILES), by name. */
export function hostFiles(site: SiteHosting): Record<HostFileName, string> {
  return Object.fromEntries(Object.entries(HOST_FILES).map(([name, make]) => [name, make(site)])) as Record<HostFileName, string>;
}
