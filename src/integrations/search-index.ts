/**
 * Builds the pagefind search index over the built site, one index per language (pagefind splits
 * by <html lang>: en-gb and cy), and bundles the small search script beside it.
 *
 * Only pages with a `data-pagefind-body` element are indexed: the bilingual landing page and the
 * 404 page have none, and the search page opts out with `data-search-page`. Welsh pages are
 * indexed with the radical forms of their mutated words added (src/lib/search/roots.ts); the HTML
 * in dist/ is never changed. Files are added in sorted order, so the same dist/ gives the same index.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { build } from 'esbuild';
import nspell from 'nspell';
import welshDictionary from 'dictionary-cy';
import { addMutationRoots, bodyWords } from '../lib/search/roots';
import { addSearchWords, SEARCH_WORDS_FILE, type SearchWordsPlace } from '../lib/search/aliases';
import { radicalCandidates } from '../lib/search/welsh-mutations';
import { htmlFiles, urlOf } from '../hosting/dist-files.ts';
import { PAGEFIND_DIR, SEARCH_SCRIPT_FILE } from '../lib/search/pagefind';

/** Files pagefind writes that this site does not use (it has its own search UI and runs without the worker). */
const UNUSED = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexOptions {
  /** The built site. */
  dist: string;
  /** Where to write the index; defaults to <dist>/pagefind. */
  outputPath?: string;
  /** Add Welsh radical forms (default true). Off only to measure what they cost. */
  mutations?: boolean;
  /** Search aliases and glossary names to add, and where (src/astro/search-words.ts). */
  places?: SearchWordsPlace[];
}

export interface SearchIndexReport {
  pages: Record<string, number>;
  /** Radical forms added to Welsh pages, over all pages. */
  rootsAdded: number;
  /** Search aliases and glossary names added, over all pages. */
  aliasesAdded: number;
  outputPath: string;
}

export async function buildSearchIndex({
  dist,
  outputPath = join(dist, PAGEFIND_DIR),
  mutations = true,
  places = [],
}: SearchIndexOptions): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const report: SearchIndexReport = { pages: {}, rootsAdded: 0, aliasesAdded: 0, outputPath };
  try {
    const pages: { file: string; html: string; lang: string }[] = [];
    for (const file of htmlFiles(dist)) {
      const html = await readFile(join(dist, file), 'utf8');
      if (!html.includes('data-pagefind-body') || html.includes('data-search-page')) continue;
      pages.push({ file, html, lang: /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? 'unknown' });
    }
    // Words of the English pages: English names met on Welsh pages keep their letters.
    const english = new Set(pages.filter((p) => p.lang.startsWith('en')).flatMap((p) => bodyWords(p.html)));
    // A radical candidate is added only if it is a word: in the Welsh dictionary or on a Welsh page.
    const welshWords = new Set(pages.filter((p) => p.lang === 'cy').flatMap((p) => bodyWords(p.html)));
    const dictionary = mutations ? nspell(welshDictionary) : undefined;
    // Asked once a word: the same candidates come up on page after page, and the dictionary is slow.
    const known = new Map<string, boolean>();
    const isWord = (root: string) => {
      const asked = known.get(root);
      if (asked !== undefined) return asked;
      const found = welshWords.has(root) || dictionary!.correct(root);
      known.set(root, found);
      return found;
    };
    for (const { file, lang, html: source } of pages) {
      let html = source;
      if (mutations && lang === 'cy') {
        const result = addMutationRoots(html, english, isWord);
        html = result.html;
        report.rootsAdded += result.added.length;
      }
      const here = places.filter((place) => place.url === urlOf(file));
      if (here.length) {
        // Welsh aliases are indexed with their radical forms too, when those are words.
        const variants = (word: string) => (lang === 'cy' && dictionary ? radicalCandidates(word, english).slice(1).filter(isWord) : []);
        const result = addSearchWords(html, here, variants);
        html = result.html;
        report.aliasesAdded += result.added.length;
      }
      const added = await index.addHTMLFile({ url: urlOf(file), content: html });
      if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
      report.pages[lang] = (report.pages[lang] ?? 0) + 1;
    }
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((name) => rm(join(outputPath, name), { force: true })));
  return report;
}

/** Bundles src/browser/search.ts (and the pure modules it uses) into one small module. */
async function buildSearchScript(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../browser/search.ts', import.meta.url))],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Where the search aliases go, as the build resolved them (src/pages/search-words.json.ts): never served.
        const wordsFile = join(dist, SEARCH_WORDS_FILE);
        const places = JSON.parse(await readFile(wordsFile, 'utf8')) as SearchWordsPlace[];
        await rm(wordsFile);
        const report = await buildSearchIndex({ dist, places });
        await buildSearchScript(join(report.outputPath, SEARCH_SCRIPT_FILE));
        const counts = Object.entries(report.pages)
          .map(([lang, n]) => `${lang}: ${n} pages`)
          .join(', ');
        logger.info(`search index: ${counts}; ${report.rootsAdded} Welsh radical forms and ${report.aliasesAdded} search aliases added`);
      },
    },
  };
}
