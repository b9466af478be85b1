/** The checker in the built site: where its script loads, how big it is, and how its pages link up. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../scripts/budgets';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/built-pages';
import { distDir } from '../support/paths';

const checkerPages = { en: '/en/clinical-coding/check/', cy: '/cy/codio-clinigol/gwirio/' };
const pages = builtPages();
const html = (url: string) => readPage(pages.find((p) => p.url === url)!);
const scripts = (source: string) => [...source.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

describe('checker in the built site', () => {
  it('builds a checker page in each language', () => {
    for (const url of Object.values(checkerPages)) expect(pages.some((p) => p.url === url), url).toBe(true);
  });

  it('loads its script on the checker pages only, at most 10 KB gzip', () => {
    const [script, ...others] = scripts(html(checkerPages.en));
    expect(others).toEqual([]);
    expect(scripts(html(checkerPages.cy))).toEqual([script]);
    const bytes = gzipSync(readFileSync(join(distDir, script!)), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(BUDGETS.pageScriptBytes);
    for (const page of pages) {
      if (Object.values(checkerPages).includes(page.url)) continue;
      expect(readPage(page), page.url).not.toContain(script!);
    }
  });

  it('points hreflang and the language toggle at the other language\'s checker', () => {
    const en = html(checkerPages.en);
    const cy = html(checkerPages.cy);
    expect(en).toMatch(/<link rel="alternate" hreflang="cy" href="[^"]*\/cy\/codio-clinigol\/gwirio\/"/);
    expect(cy).toMatch(/<link rel="alternate" hreflang="en-GB" href="[^"]*\/en\/clinical-coding\/check\/"/);
    expect(en).toMatch(/<a class="language-toggle" href="\/cy\/codio-clinigol\/gwirio\/"/);
    expect(cy).toMatch(/<a class="language-toggle" href="\/en\/clinical-coding\/check\/"/);
  });

  it('marks the root, and links to it from the pathway\'s pages in the page language', () => {
    expect(html(checkerPages.en)).toContain('data-checker="clinical-coding"');
    expect(html('/en/clinical-coding/')).toContain(`<a href="${checkerPages.en}">Check if you can apply</a>`);
    expect(html('/cy/codio-clinigol/')).toContain(`<a href="${checkerPages.cy}">Gwirio a allwch chi wneud cais</a>`);
  });

  it('escapes the flow data so no text can close its script element', () => {
    const data = /<script type="application\/json" id="checker-data">([\s\S]*?)<\/script>/.exec(html(checkerPages.cy))?.[1];
    expect(data).toBeDefined();
    expect(data).not.toContain('<');
    expect(JSON.parse(data!).flow.questions).toHaveLength(6);
  });
});
