/**
 * The search index as the build makes it: one per language, only content pages, the same bytes
 * from the same site, and what the Welsh mutation support adds. Run after `npm run build`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { distDir } from '../support/paths';
import { builtPages, isBilingual } from '../support/built-pages';
import { content, t } from '../support/content';
import { allFiles } from '../../src/hosting/dist-files';
import { searchWordsOf } from '../../src/astro/search-words';

const tmp = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const files = allFiles;
/** The search aliases, as the build hands them to the indexer. */
const places = searchWordsOf(content);
function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    files(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}
/** Bytes of one language's index: its meta, word index chunks and page fragments (already gzip). */
function languageBytes(dir: string, lang: string): number {
  return files(dir)
    .filter((file) => file.includes(`${lang}_`))
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}
function fragments(dir: string, lang: string): { url: string; content: string }[] {
  return files(join(dir, 'fragment'))
    .filter((file) => file.startsWith(`${lang}_`))
    .map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, 'fragment', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
}

describe('search index', () => {
  const built = join(distDir, 'pagefind');

  it('is part of the build, one index per language', () => {
    expect(existsSync(join(built, 'pagefind.js')), 'run npm run build first').toBe(true);
    const entry = JSON.parse(readFileSync(join(built, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['cy', 'en-gb']);
  });

  // The step by step and the whole pathway retell the pathway's pages: a search leads to the page
  // that sets a thing out, never to a summary of it. The questions people ask are indexed, their
  // words counting for less (SEARCH_WEIGHTS), so that a question finds its answer.
  it('holds every content page and the questions people ask, and nothing else: not the bilingual landing page, the 404 page, the search pages, the step by step or the whole pathway', () => {
    const journey = new Set(content.routes.filter((route) => ['steps', 'whole'].includes(route.pageType)).map((route) => route.url));
    const expected = (prefix: string) =>
      builtPages(distDir)
        .filter(
          (page) =>
            page.url.startsWith(prefix) && !isBilingual(page.url) && !/\/(search|chwilio)\/$/.test(page.url) && !journey.has(page.url),
        )
        .map((page) => page.url)
        .sort();
    expect(
      fragments(built, 'en-gb')
        .map((f) => f.url)
        .sort(),
    ).toEqual(expected('/en/'));
    expect(
      fragments(built, 'cy')
        .map((f) => f.url)
        .sort(),
    ).toEqual(expected('/cy/'));
    expect(expected('/en/').length).toBeGreaterThan(10);
  });

  it('holds each question people ask as a heading of its own, so a search can lead to its answer', () => {
    const questionsPages = content.routes.filter((route) => route.pageType === 'questions');
    expect(questionsPages.length).toBeGreaterThan(0);
    for (const route of questionsPages) {
      const fragment = fragments(built, route.lang === 'en' ? 'en-gb' : 'cy').find((f) => f.url === route.url) as
        | { anchors?: { element: string; id: string }[] }
        | undefined;
      expect(fragment, route.url).toBeDefined();
      const headings = fragment!.anchors!.filter((anchor) => anchor.element === 'h2').map((anchor) => anchor.id);
      expect(headings, route.url).toEqual(content.questions.get(route.owner)!.questions.map((q) => q.id));
    }
  });

  it('does not index navigation, breadcrumbs, the footer or "on this page"', () => {
    // What every page's frame says, in both languages: none of it is the page's own content.
    const frameWords = (['en', 'cy'] as const).flatMap((lang) =>
      ['skip-link', 'on-this-page', 'last-updated', 'pathway-nav-label'].map((key) => t[lang](key)),
    );
    for (const fragment of [...fragments(built, 'en-gb'), ...fragments(built, 'cy')]) {
      for (const words of frameWords) expect(fragment.content, fragment.url).not.toContain(words);
    }
  });

  // Rebuilt here, in another folder, from the pages npm run build wrote: the same bytes as the
  // index it shipped (but search.js, the site's own script, which the build adds beside it).
  it('is byte-for-byte the same when built again from the same site', async () => {
    const again = join(tmp, 'again');
    await buildSearchIndex({ dist: distDir, outputPath: again, places });
    const shipped = digest(built);
    delete shipped['search.js'];
    expect(Object.keys(shipped).length).toBeGreaterThan(10);
    expect(digest(again)).toEqual(shipped);
  });

  it('keeps what Welsh mutation support adds under 15 % of the Welsh index, and English untouched (and prints the sizes)', async () => {
    const plain = join(tmp, 'plain');
    const report = await buildSearchIndex({ dist: distDir, outputPath: plain, mutations: false, places });
    expect(report.rootsAdded).toBe(0);
    const en = languageBytes(built, 'en-gb');
    const cy = languageBytes(built, 'cy');
    const cyPlain = languageBytes(plain, 'cy');
    const extra = cy - cyPlain;
    const gz = (file: string) => gzipSync(readFileSync(join(built, file))).length;
    console.log(
      [
        `index (gzip as served): en-gb ${en} bytes, cy ${cy} bytes`,
        `Welsh mutation support: +${extra} bytes (${((extra / cyPlain) * 100).toFixed(1)}% of the Welsh index without it, ${cyPlain} bytes)`,
        `shared: pagefind.js ${gz('pagefind.js')}, search.js ${gz('search.js')}, wasm.en-gb ${gz('wasm.en-gb.pagefind')}, wasm.unknown ${gz('wasm.unknown.pagefind')} (gzip)`,
      ].join('\n'),
    );
    expect(extra).toBeGreaterThan(0);
    // "Keep what it adds small": well under a sixth of the Welsh index.
    expect(extra / cyPlain).toBeLessThan(0.15);
    // English pages are untouched by it.
    expect(languageBytes(plain, 'en-gb')).toBe(en);
  });
});
