/**
 * What the site asks of the host that serves it, in one place: the security headers, the
 * Content-Security-Policy of each page and of the whole site, which files may be cached for a
 * year, and which "not found" page each part of the site gets. The build's host files
 * (host-files.ts) and `npm start` (server.ts) are both made from this module, so they agree.
 *
 * Pure, and imported with `.ts` extensions so that Node runs it as it is (`npm start`).
 */

/** What one built page needs from its policy, read off its HTML (page-security.ts). */
export interface PageNeeds {
  /** `sha256-…` of each inline <style>, in order of appearance. */
  styleHashes: string[];
  /** `sha256-…` of each inline module script the build put into the page (inline-scripts.ts). */
  scriptHashes: string[];
  /** The page runs a script of the site's own (the checker, the search page), from a file or inline. */
  scripts: boolean;
  /** The page runs search, which compiles pagefind's WebAssembly and fetches the index. */
  search: boolean;
}

const unique = (values: string[]) => [...new Set(values)];

function policy(needs: PageNeeds, extra: string[] = []): string {
  // An inline script imports the rest of its code from the site's files: 'self' as well as its hash.
  const scriptHashes = unique(needs.scriptHashes).map((hash) => `'${hash}'`);
  const script = needs.scripts ? ["'self'", ...(needs.search ? ["'wasm-unsafe-eval'"] : []), ...scriptHashes].join(' ') : "'none'";
  const styles = unique(needs.styleHashes).map((hash) => `'${hash}'`);
  return [
    "default-src 'none'",
    `script-src ${script}`,
    `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
    "img-src 'self'",
    // Same-origin connections on every page: search fetches its index; on a page whose script-src
    // is 'none' nothing can connect, but a crawler's tools (Lighthouse fetches robots.txt as the
    // page, GoogleChrome/lighthouse#4386) would otherwise be refused. Never another origin.
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    // No page starts a worker (search runs pagefind without one): nothing can register a service
    // worker that would stand between the reader and every page of the site.
    "worker-src 'none'",
    // The site's scripts build the page with DOM methods, never by parsing HTML strings: refuse
    // every string-to-markup and string-to-script sink.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
    ...extra,
  ].join('; ');
}

/**
 * The policy written into a page's <meta>: only what that page uses. A <meta> policy cannot say
 * who may frame the page; the header does that.
 */
export function pagePolicy(needs: PageNeeds): string {
  return policy(needs);
}

/**
 * The policy sent as a header with every response: what any page of the site may use, and that
 * no other site may frame it. Browsers enforce the header and a page's <meta> together, so each
 * page gets only what both allow: exactly its own <meta>.
 */
export function sitePolicy(pages: PageNeeds[]): string {
  const union: PageNeeds = {
    styleHashes: pages.flatMap((page) => page.styleHashes).sort(),
    scriptHashes: pages.flatMap((page) => page.scriptHashes).sort(),
    scripts: pages.some((page) => page.scripts),
    search: pages.some((page) => page.search),
  };
  return policy(union, ["frame-ancestors 'none'"]);
}

/** Sent with every response, beside the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Checker answers live in the address: other sites get no part of it.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // Only this host: a public body's other subdomains are not this site's to decide.
  'Strict-Transport-Security': 'max-age=31536000',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Files whose names change when their content does: a year's cache is safe. */
export const IMMUTABLE_PREFIXES: readonly string[] = ['/_astro/', '/pagefind/index/', '/pagefind/fragment/'];
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (pages, the search script and index entry) is checked with the host each time. */
const REVALIDATE_CACHE = 'no-cache';

/**
 * The policy of every response that is not one of the site's pages: data, scripts, styles,
 * images, the search index, a plain-text error. Opened on its own in a browser (an image someone
 * links to, say), it can run nothing, load nothing, and send the reader nowhere.
 */
export const DATA_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/** The open data is for other sites' scripts to read too. */
export const OPEN_DATA_PREFIX = '/api/';
export const OPEN_DATA_HEADERS: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };

/** What a response is, for its headers. */
export interface Answer {
  /** The address's path, as asked for. */
  path: string;
  /** The body is one of the site's pages (HTML), a "page not found" included. */
  page: boolean;
  /** A file was found: only then may a fingerprinted address be kept for a year. */
  found: boolean;
}

/** The headers for an answer, given the site's policy (the policy of its pages). */
export function responseHeaders({ path, page, found }: Answer, siteCsp: string): Record<string, string> {
  const immutable = found && IMMUTABLE_PREFIXES.some((prefix) => path.startsWith(prefix));
  return {
    'Content-Security-Policy': page ? siteCsp : DATA_POLICY,
    ...SECURITY_HEADERS,
    ...(found && path.startsWith(OPEN_DATA_PREFIX) ? OPEN_DATA_HEADERS : {}),
    'Cache-Control': immutable ? IMMUTABLE_CACHE : REVALIDATE_CACHE,
  };
}

/** True for an address that names a page (a folder, or an .html file) rather than a file of data. */
export function namesPage(path: string): boolean {
  return path.endsWith('/') || /\.html$/i.test(path);
}

/** Each language's "page not found", for addresses under its folder; the bilingual one elsewhere. */
export const NOT_FOUND_PAGES: readonly { prefix: string; file: string }[] = [
  { prefix: '/cy/', file: '/cy/404.html' },
  { prefix: '/en/', file: '/en/404.html' },
];
export const DEFAULT_NOT_FOUND_PAGE = '/404.html';

export function notFoundPage(path: string): string {
  const folder = path.endsWith('/') ? path : `${path}/`;
  return NOT_FOUND_PAGES.find((page) => folder.startsWith(page.prefix))?.file ?? DEFAULT_NOT_FOUND_PAGE;
}
