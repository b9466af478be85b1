/** Links, fragments, other origins, scripts and HTML validity across dist/. */
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../src/measurement/budgets';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parsedPages, siteUrl, type ParsedPage } from '../support/site-pages';
import { distDir, projectRoot } from '../support/paths';
import { content } from '../support/content';
import { SITE_OWNER } from '../../src/lib/routing/routes';

const pages = parsedPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const LOCAL = 'http://local.test';

/** The file in dist/ a same-site path is served from, as a static host would resolve it. */
function servedFile(pathname: string): string | undefined {
  const path = join(distDir, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

function ids(page: ParsedPage): Set<string> {
  return new Set(page.doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
}

/** Every URL a page refers to, with where it came from. */
function references(page: ParsedPage): { attr: string; value: string; el: string; rel: string }[] {
  const found: { attr: string; value: string; el: string; rel: string }[] = [];
  for (const el of page.doc.querySelectorAll('[href], [src], [srcset], [action], [poster], [data]')) {
    for (const attr of ['href', 'src', 'srcset', 'action', 'poster', 'data']) {
      const value = el.getAttribute(attr);
      if (value !== undefined) found.push({ attr, value, el: el.tagName.toLowerCase(), rel: el.getAttribute('rel') ?? '' });
    }
  }
  return found;
}

describe('internal links', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s: every internal link and #fragment resolves', (_url, page) => {
    const broken: string[] = [];
    for (const ref of references(page)) {
      if (ref.attr === 'srcset' || /^(mailto|tel):/.test(ref.value)) continue;
      const url = new URL(ref.value, LOCAL + page.url);
      const ownSite = url.origin === siteUrl.origin;
      if (url.origin !== LOCAL && !ownSite) continue; // other origins: see the next test
      if (ownSite && ref.el === 'link' && /\b(canonical|alternate)\b/.test(ref.rel)) {
        if (!servedFile(url.pathname)) broken.push(`${ref.el} ${ref.rel} ${ref.value}: no page at ${url.pathname}`);
        continue;
      }
      if (ownSite) {
        broken.push(`${ref.el} ${ref.attr}="${ref.value}": links to the site's own address; use a relative URL`);
        continue;
      }
      if (ref.el === 'form') continue; // checked by the search feature's own tests
      const file = servedFile(url.pathname);
      if (!file) {
        broken.push(`${ref.el} ${ref.attr}="${ref.value}": nothing at ${url.pathname}`);
        continue;
      }
      if (url.hash.length > 1) {
        const target = byUrl.get(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (target && !ids(target).has(id)) broken.push(`${ref.el} ${ref.attr}="${ref.value}": ${url.pathname} has no id "${id}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page can be reached by following links from the home pages', () => {
    const seen = new Set<string>(['/en/', '/cy/']);
    const queue = ['/', '/en/', '/cy/'];
    while (queue.length) {
      const page = byUrl.get(queue.shift()!);
      if (!page) continue;
      // Links, and forms such as the search box in the header.
      for (const el of page.doc.querySelectorAll('a[href], form[action]')) {
        const url = new URL(el.getAttribute('href') ?? el.getAttribute('action')!, LOCAL + page.url);
        if (url.origin === LOCAL && byUrl.has(url.pathname) && !seen.has(url.pathname)) {
          seen.add(url.pathname);
          queue.push(url.pathname);
        }
      }
    }
    const unreachable = pages.filter((p) => p.lang && !seen.has(p.url)).map((p) => p.url);
    expect(unreachable).toEqual([]);
  });
});

describe('nothing is fetched from another origin', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s requests nothing from another origin', (_url, page) => {
    const offending: string[] = [];
    for (const ref of references(page)) {
      // A link the reader may follow is not a request the page makes.
      if (ref.el === 'a' || ref.el === 'form') continue;
      const values = ref.attr === 'srcset' ? ref.value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [ref.value];
      for (const value of values) {
        const url = new URL(value, LOCAL + page.url);
        if (url.origin === LOCAL || url.protocol === 'data:') continue;
        const allowed = ref.el === 'link' && /\b(canonical|alternate)\b/.test(ref.rel) && url.origin === siteUrl.origin;
        if (!allowed) offending.push(`<${ref.el} ${ref.attr}="${value}">`);
      }
    }
    for (const style of [
      ...page.doc.querySelectorAll('style').map((s) => s.text),
      ...page.doc.querySelectorAll('[style]').map((s) => s.getAttribute('style')!),
    ]) {
      for (const match of style.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/g)) offending.push(`CSS ${match[1]}`);
    }
    expect(offending).toEqual([]);
  });
});

describe('on content pages, only the one small script that waits to be used', () => {
  // Pathway pages work without JavaScript and carry one inline script, the same on every page, that
  // acts only when the language toggle or a term's "?" is used (src/browser/page-enhancements.ts).
  // The eligibility checker (a page that carries data-checker) has its own; site pages such as
  // search are covered by their own features' tests.
  const { routes } = content;
  const pathwayPages = pages.filter((p) => p.route && p.route.owner !== SITE_OWNER && !p.doc.querySelector('[data-checker]'));
  const scriptsOf = (page: (typeof pages)[number]) =>
    page.doc.querySelectorAll('script').filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''));
  it('there are pathway pages to check in both languages', () => {
    expect(pathwayPages.filter((p) => p.lang === 'en').length).toBe(
      routes.filter((r) => r.owner !== SITE_OWNER && r.lang === 'en' && !byUrl.get(r.url)?.doc.querySelector('[data-checker]')).length,
    );
    expect(pathwayPages.some((p) => p.lang === 'cy')).toBe(true);
  });
  it('is one script, the same on every page, within its budget', () => {
    const texts = new Set(pathwayPages.flatMap((page) => scriptsOf(page).map((script) => script.text)));
    expect(texts.size).toBe(1);
    expect(gzipSync([...texts][0]!).length).toBeLessThanOrEqual(BUDGETS.contentPageScriptBytes);
  });
  it.each(pathwayPages.map((p) => [p.url, p] as const))('%s has that one inline module script and no event handler', (_url, page) => {
    const scripts = scriptsOf(page);
    expect(scripts.map((s) => ({ type: s.getAttribute('type'), src: s.getAttribute('src') ?? null }))).toEqual([
      { type: 'module', src: null },
    ]);
    expect(page.doc.querySelectorAll('[onclick], [onload], [onerror], [onsubmit]')).toHaveLength(0);
  });
});

describe('HTML validates (html-validate, .htmlvalidate.json)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it('the configuration is the recommended preset', () => {
    const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as { extends: string[] };
    expect(config.extends).toContain('html-validate:recommended');
  });
  it.each(pages.map((p) => [p.url, p] as const))('%s is valid HTML', async (_url, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(messages).toEqual([]);
  });
});
