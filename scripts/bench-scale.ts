#!/usr/bin/env node
/**
 * The site at scale: for N pathways (default 1, 10 and 100; `npm run bench:scale -- 1 50`), copies
 * of the real pathway are generated into a temporary project (never into content/), built as
 * `npm run build` builds, and measured: build time, pages per second, dist/ size, the search index
 * per language, and the bytes a first search fetches in each language. Then how each grows with N,
 * against the budgets for 100 pathways (src/measurement/budgets.ts). Exits non-zero when one is broken.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { buildSite, tempProject } from '../tests/support/build-site.ts';
import { addSyntheticPathways } from './synthetic-pathways.ts';
import { measureFirstSearch, openSite } from '../src/measurement/measure.ts';
import { typedPages } from '../src/measurement/page-types.ts';
import { BUDGETS, FIRST_SEARCHES } from '../src/measurement/budgets.ts';

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const sizes = counts.length ? counts : [1, 10, 100];

function folderBytes(dir: string, keep: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && keep(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

interface Row {
  n: number;
  pages: number;
  seconds: number;
  distBytes: number;
  index: Record<string, number>;
  search: Record<string, number>;
}
const rows: Row[] = [];
for (const n of sizes) {
  const project = tempProject();
  try {
    addSyntheticPathways(project.contentDir, n);
    const started = process.hrtime.bigint();
    const result = await buildSite(project);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.code !== 0) throw new Error(`the build of ${n} pathways failed:\n${result.output}`);
    const pages = typedPages(result.outDir, project.contentDir);
    const pagefind = join(result.outDir, 'pagefind');
    // The index of a language: its metadata, word index and fragments (not the search code, shared by both).
    const index = {
      en: folderBytes(pagefind, (name) => /^(pagefind\.)?en-gb_/.test(name)),
      cy: folderBytes(pagefind, (name) => /^(pagefind\.)?cy_/.test(name)),
    };
    const site = await openSite(result.outDir);
    const search: Record<string, number> = {};
    try {
      for (const lang of ['en', 'cy'] as const) {
        const searchPage = pages.find((page) => page.type === 'search' && page.lang === lang)!;
        search[lang] = (await measureFirstSearch(site, searchPage.url, FIRST_SEARCHES[lang].shared)).bytes;
      }
    } finally {
      await site.close();
    }
    const row = { n, pages: pages.length, seconds, distBytes: folderBytes(result.outDir), index, search };
    rows.push(row);
    const phases = [...result.output.matchAll(/([\d,]+ page\(s\) built in [^\n]+)/g)].map((m) => m[1]!.trim());
    console.error(
      `built ${n} pathway(s): ${seconds.toFixed(1)} s (${phases.join('; ')}), load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    project.cleanup();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const first = rows[0]!;
const grow = (value: number, base: number) => `×${(value / base).toFixed(1)}`;
console.log(
  `\n${['pathways', 'pages', 'build s', 'pages/s', 'dist KB', 'index en KB', 'index cy KB', 'search en KB', 'search cy KB'].map((h) => h.padStart(12)).join('')}`,
);
for (const row of rows) {
  console.log(
    [
      row.n,
      row.pages,
      row.seconds.toFixed(1),
      (row.pages / row.seconds).toFixed(0),
      kb(row.distBytes),
      kb(row.index.en!),
      kb(row.index.cy!),
      kb(row.search.en!),
      kb(row.search.cy!),
    ]
      .map((v) => String(v).padStart(12))
      .join(''),
  );
}
console.log('growth against the first row:');
for (const row of rows.slice(1)) {
  console.log(
    [
      `${row.n}/${first.n}`,
      grow(row.pages, first.pages),
      grow(row.seconds, first.seconds),
      grow(row.pages / row.seconds, first.pages / first.seconds),
      grow(row.distBytes, first.distBytes),
      grow(row.index.en!, first.index.en!),
      grow(row.index.cy!, first.index.cy!),
      grow(row.search.en!, first.search.en!),
      grow(row.search.cy!, first.search.cy!),
    ]
      .map((v) => String(v).padStart(12))
      .join(''),
  );
}

const problems: string[] = [];
const largest = rows.find((row) => row.n === 100);
if (largest) {
  const one = rows.find((row) => row.n === 1);
  if (largest.seconds > BUDGETS.scaleBuildSeconds)
    problems.push(`100 pathways build in ${largest.seconds.toFixed(1)} s (budget ${BUDGETS.scaleBuildSeconds} s)`);
  if (one && largest.seconds > BUDGETS.scaleBuildRatio * one.seconds)
    problems.push(
      `100 pathways take ${(largest.seconds / one.seconds).toFixed(1)}× one pathway's build (budget ×${BUDGETS.scaleBuildRatio})`,
    );
  for (const [lang, bytes] of Object.entries(largest.search)) {
    if (bytes > BUDGETS.firstSearchBytesAtScale)
      problems.push(
        `a first search in ${lang} with 100 pathways fetches ${kb(bytes)} KB (budget ${kb(BUDGETS.firstSearchBytesAtScale)} KB)`,
      );
  }
}
console.log(
  `load average now: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (the machine is shared: build times move with it)`,
);
if (problems.length) {
  console.error(`\nOver budget:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
