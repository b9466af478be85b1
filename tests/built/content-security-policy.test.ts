/**
 * Each built page's Content-Security-Policy allows only what that page uses, and the host files
 * the build writes carry the site's policy with framing forbidden. Read from dist/ as built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedPages } from '../support/site-pages';
import { distDir } from '../support/paths';
import { content } from '../support/content';
import { locales } from '../../src/lib/i18n/locale';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]),
  );
const pages = parsedPages();

describe("each page's own policy", () => {
  // The policy is checked here by what it must and must not say; that each hash is right, by the
  // browser, which loads every page and reports any CSP violation (tests/browser/hosting.test.ts).
  it.each(pages.map((p) => [p.url, p] as const))('%s allows only what the page uses', (_url, page) => {
    const metas = page.doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const policy = directives(metas[0]!.getAttribute('content')!);
    const scriptFiles = page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
    const inlineScripts = page.doc.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') === 'module');
    const runsSearch = scriptFiles.some((src) => src.startsWith('/pagefind/'));
    const hashes = (name: string) => (policy.get(name) ?? []).filter((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source));

    expect(policy.get('default-src')).toEqual(["'none'"]);
    if (scriptFiles.length + inlineScripts.length === 0) expect(policy.get('script-src')).toEqual(["'none'"]);
    else {
      // Its own files, WebAssembly only where search runs, and one hash for each inline script it has.
      expect(policy.get('script-src')!.filter((source) => !hashes('script-src').includes(source))).toEqual([
        "'self'",
        ...(runsSearch ? ["'wasm-unsafe-eval'"] : []),
      ]);
      expect(new Set(hashes('script-src')).size).toBe(new Set(inlineScripts.map((s) => s.rawText)).size);
    }
    // Same origin only: search and the checker fetch their data; elsewhere no script can connect.
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    // Styles only by hash, one for each different <style> the page has.
    expect(policy.get('style-src')!.every((source) => hashes('style-src').includes(source))).toBe(true);
    expect(new Set(hashes('style-src')).size).toBe(new Set(page.doc.querySelectorAll('style').map((s) => s.rawText)).size);
    expect(metas[0]!.getAttribute('content')).not.toMatch(/unsafe-hashes|unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')/);
  });

  it("allows, by its hash, only the inline scripts the build put there: the page's one small script on every page with a language toggle, and the checker's loader on the checker pages", () => {
    const inline = (p: (typeof pages)[number]) => p.doc.querySelectorAll('script[type="module"]:not([src])').map((s) => s.rawText);
    const withToggle = pages.filter((p) => p.doc.querySelector('a.language-toggle'));
    const everyPage = new Set(withToggle.map((p) => inline(p).find((text) => !text.includes('/_astro/checker.'))));
    expect(everyPage.size).toBe(1);
    expect([...everyPage][0]).toContain('data-language-toggle');
    for (const page of pages) {
      const others = inline(page).filter((text) => !everyPage.has(text));
      expect(others.length, page.url).toBe(page.doc.querySelector('[data-checker]') ? 1 : 0);
    }
    // Every checker the content has, in both languages.
    expect(pages.filter((p) => p.doc.querySelector('[data-checker]')).length).toBe(content.checkers.size * 2);
  });

  it('only the search pages may compile WebAssembly', () => {
    const withWasm = pages
      .filter((p) => p.html.includes("'wasm-unsafe-eval'"))
      .map((p) => p.url)
      .sort();
    expect(withWasm).toEqual(
      pages
        .filter((p) => p.doc.querySelector('[data-search-page]'))
        .map((p) => p.url)
        .sort(),
    );
    // The site's search page, in each language.
    expect(withWasm.length).toBe(locales.length);
  });
});

describe('the host files', () => {
  it.each(['_headers', '_redirects', 'staticwebapp.config.json', '.htaccess'])('%s is written', (name) => {
    expect(existsSync(join(distDir, name))).toBe(true);
  });

  it('send the site policy with framing forbidden, and the other security headers', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    const azure = JSON.parse(readFileSync(join(distDir, 'staticwebapp.config.json'), 'utf8')) as { globalHeaders: Record<string, string> };
    for (const csp of [/Content-Security-Policy: (.*)/.exec(headers)![1]!, azure.globalHeaders['Content-Security-Policy']!]) {
      expect(directives(csp).get('frame-ancestors')).toEqual(["'none'"]);
    }
    for (const name of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
      'Cross-Origin-Opener-Policy',
    ]) {
      expect(headers).toContain(`${name}: `);
      expect(azure.globalHeaders[name], name).toBeTruthy();
    }
  });
});
