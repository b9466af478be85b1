/**
 * Whether a built dist/ can be deployed as it is: first, what the content still lacks (the
 * publisher's contact for reporting problems, the site's real address: src/hosting/readiness.ts,
 * as the build recorded it); then every page has its counterpart in the other
 * language, the sitemap lists every page with its alternates, robots.txt names the sitemap, the
 * open data follows its JSON Schemas, each page's share image is there, and the host files are
 * present and say what the policy says; and dist/ holds exactly the files the build made and
 * checked (build-inventory.json), unchanged. `npm run check:dist` prints the problems; none means the
 * folder is ready to publish.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles, urlOf } from './dist-files.ts';
import { hostFiles } from './host-files.ts';
import { DEFAULT_NOT_FOUND_PAGE, NOT_FOUND_PAGES } from './policy.ts';
import { siteHostingOf } from './secure-build.ts';
import { jsonSchemaValidator } from './json-schema-validator.ts';
import { inventoryProblems, readInventory, unfinishedIn } from './inventory.ts';

const SITE_LANGUAGES = ['en-GB', 'cy'] as const;
const API = {
  index: 'api/v2/pathways.json',
  pathways: 'api/v2/pathways',
  pathwaySchema: 'api/v2/schema/pathway.json',
  indexSchema: 'api/v2/schema/pathways.json',
};

interface Page {
  file: string;
  url: string;
  doc: HTMLElement;
}

/** The file a host serves for an address path ("/en/" → en/index.html), if there is one. */
function servedFile(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

const notFoundFiles = new Set([DEFAULT_NOT_FOUND_PAGE, ...NOT_FOUND_PAGES.map((page) => page.file)].map((file) => file.slice(1)));

function readPages(dist: string): Page[] {
  return htmlFiles(dist)
    .filter((file) => !notFoundFiles.has(file))
    .map((file) => ({ file, url: urlOf(file), doc: parse(readFileSync(join(dist, file), 'utf8')) }));
}

const hreflangs = (doc: HTMLElement) =>
  Object.fromEntries(
    doc.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!]),
  );

function checkPages(dist: string, pages: Page[], origin: string): string[] {
  const problems: string[] = [];
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  for (const page of pages) {
    const where = `dist/${page.file}`;
    const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!canonical) problems.push(`${where}: has no <link rel="canonical">`);
    else if (canonical !== `${origin}${page.url}`)
      problems.push(`${where}: its canonical address is ${canonical}, not ${origin}${page.url}`);
    const alternates = hreflangs(page.doc);
    for (const lang of SITE_LANGUAGES) {
      const href = alternates[lang];
      if (!href) {
        problems.push(`${where}: names no page in ${lang} (<link rel="alternate" hreflang="${lang}">)`);
        continue;
      }
      const path = new URL(href).pathname;
      const counterpart = byUrl.get(path);
      if (!counterpart) {
        problems.push(`${where}: its ${lang} page ${path} is missing`);
        continue;
      }
      // The bilingual landing page names the home pages; they are its languages, not its counterparts.
      if (
        page.url !== '/' &&
        counterpart !== page &&
        !Object.values(hreflangs(counterpart.doc)).some((other) => new URL(other).pathname === page.url)
      ) {
        problems.push(`${where}: its ${lang} page ${path} does not name it back`);
      }
    }
    const image = page.doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
    if (!image) problems.push(`${where}: has no share image (og:image)`);
    else if (!servedFile(dist, new URL(image).pathname)) problems.push(`${where}: its share image ${new URL(image).pathname} is missing`);
  }
  for (const file of notFoundFiles)
    if (!existsSync(join(dist, file))) problems.push(`dist/${file}: is missing (a "page not found" the host files name)`);
  return problems;
}

interface SitemapUrl {
  loc: string;
  alternates: Record<string, string>;
}

function readSitemap(xml: string): SitemapUrl[] | string {
  if (!xml.startsWith('<?xml')) return 'does not start with an XML declaration';
  if (!/<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"[^>]*>[\s\S]*<\/urlset>\s*$/.test(xml))
    return 'is not a <urlset> of the sitemap protocol';
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    locs: [...body!.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!),
    alternates: Object.fromEntries(
      [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]),
    ),
  }));
  if (urls.some((url) => url.locs.length !== 1)) return 'has a <url> without exactly one <loc>';
  return urls.map((url) => ({ loc: url.locs[0]!.replace(/&#38;/g, '&'), alternates: url.alternates }));
}

function checkSitemap(dist: string, pages: Page[], origin: string): string[] {
  const file = join(dist, 'sitemap.xml');
  if (!existsSync(file)) return ['dist/sitemap.xml: is missing'];
  const urls = readSitemap(readFileSync(file, 'utf8'));
  if (typeof urls === 'string') return [`dist/sitemap.xml: ${urls}`];
  const problems: string[] = [];
  const listed = new Map(urls.map((url) => [url.loc, url]));
  for (const page of pages) {
    const entry = listed.get(`${origin}${page.url}`);
    if (!entry) {
      problems.push(`dist/sitemap.xml: does not list ${page.url}`);
      continue;
    }
    const sorted = (links: Record<string, string>) => JSON.stringify(Object.entries(links).sort());
    if (sorted(entry.alternates) !== sorted(hreflangs(page.doc)))
      problems.push(`dist/sitemap.xml: ${page.url}: its alternates differ from the page's own hreflang links`);
  }
  for (const url of urls) {
    if (!url.loc.startsWith(`${origin}/`)) problems.push(`dist/sitemap.xml: ${url.loc} is not on the site's address ${origin}`);
    else if (!servedFile(dist, new URL(url.loc).pathname)) problems.push(`dist/sitemap.xml: lists ${url.loc}, which is not in dist/`);
  }
  const robots = join(dist, 'robots.txt');
  if (!existsSync(robots)) problems.push('dist/robots.txt: is missing');
  else if (!readFileSync(robots, 'utf8').split('\n').includes(`Sitemap: ${origin}/sitemap.xml`))
    problems.push(`dist/robots.txt: does not name the sitemap (Sitemap: ${origin}/sitemap.xml)`);
  return problems;
}

function readJson(dist: string, file: string): { data?: unknown; problem?: string } {
  const path = join(dist, file);
  if (!existsSync(path)) return { problem: `dist/${file}: is missing` };
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { problem: `dist/${file}: is not JSON (${(error as Error).message})` };
  }
}

function checkOpenData(dist: string): string[] {
  const problems: string[] = [];
  const schemas = [readJson(dist, API.pathwaySchema), readJson(dist, API.indexSchema)];
  const schemaProblems = schemas.flatMap((schema) => (schema.problem ? [schema.problem] : []));
  if (schemaProblems.length) return schemaProblems;
  const [validatePathway, validateIndex] = schemas.map((schema, i) => {
    try {
      return jsonSchemaValidator(schema.data as object);
    } catch (error) {
      problems.push(`dist/${[API.pathwaySchema, API.indexSchema][i]}: is not a JSON Schema Ajv can compile (${(error as Error).message})`);
      return undefined;
    }
  });
  const check = (file: string, validate: ((data: unknown) => string[]) | undefined) => {
    const { data, problem } = readJson(dist, file);
    if (problem) return problems.push(problem) && undefined;
    for (const error of validate?.(data) ?? []) problems.push(`dist/${file}: ${error}`);
    return data;
  };
  const index = check(API.index, validateIndex) as { pathways?: { data?: string }[] } | undefined;
  const folder = join(dist, API.pathways);
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  if (!files.length) problems.push(`dist/${API.pathways}/: has no pathway`);
  for (const name of files) {
    const data = check(`${API.pathways}/${name}`, validatePathway) as { pages?: { url?: Record<string, string> }[] } | undefined;
    for (const page of data?.pages ?? []) {
      for (const url of Object.values(page.url ?? {}))
        if (!servedFile(dist, new URL(url).pathname)) problems.push(`dist/${API.pathways}/${name}: links ${url}, which is not in dist/`);
    }
  }
  const listed = (index?.pathways ?? []).map((pathway) => (pathway.data ? new URL(pathway.data).pathname.split('/').pop()! : '')).sort();
  if (index && JSON.stringify(listed) !== JSON.stringify(files))
    problems.push(
      `dist/${API.index}: lists ${listed.join(', ') || 'nothing'}, but dist/${API.pathways}/ holds ${files.join(', ') || 'nothing'}`,
    );
  return problems;
}

function checkHostFiles(dist: string): string[] {
  // The files the build listed, so that a file gone missing is reported once (by the inventory), not as a host file out of step too.
  const inventory = readInventory(dist);
  const expected = hostFiles(siteHostingOf(dist, 'problem' in inventory ? undefined : Object.keys(inventory.files)));
  return Object.entries(expected).flatMap(([name, text]) => {
    const path = join(dist, name);
    if (!existsSync(path)) return [`dist/${name}: is missing`];
    return readFileSync(path, 'utf8') === text
      ? []
      : [`dist/${name}: differs from what src/hosting/policy.ts gives for these pages (rebuild, or a page changed after the build)`];
  });
}

/** Every problem that would stop `dist` being published as it is; none means ready. */
export function checkDist(dist: string): string[] {
  if (!existsSync(join(dist, 'index.html'))) return [`${dist}: has no index.html: build the site first (npm run build)`];
  const pages = readPages(dist);
  const landing = pages.find((page) => page.url === '/');
  const canonical = landing?.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) return ['dist/index.html: has no <link rel="canonical"> to take the site\'s address from'];
  const origin = new URL(canonical).origin;
  return [
    ...unfinishedIn(dist),
    ...inventoryProblems(dist),
    ...checkPages(dist, pages, origin),
    ...checkSitemap(dist, pages, origin),
    ...checkOpenData(dist),
    ...checkHostFiles(dist),
  ];
}
