#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default) on one page of each type in both languages, through the system
 * Chromium (chrome-launcher; nothing downloaded), against the built dist/ served as `npm start`
 * serves it. Three runs a page; prints the median of each score and of the largest contentful
 * paint, and exits non-zero when a median is below the budget (src/measurement/budgets.ts). Scores move
 * with machine load: run it on a quiet machine. Build first (npm run build).
 *   npm run lighthouse                      every page type
 *   npm run lighthouse -- checker "pathway page"   only these types
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../src/hosting/server.ts';
import { typedPages } from '../src/measurement/page-types.ts';
import { BUDGETS } from '../src/measurement/budgets.ts';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(dist)) throw new Error('No dist/: run npm run build first');

const wanted = process.argv.slice(2);
const samples = new Map<string, string>();
for (const page of typedPages(dist, join(root, 'content'))) {
  const key = `${page.type} (${page.lang})`;
  if ((!wanted.length || wanted.includes(page.type)) && !samples.has(key)) samples.set(key, page.url);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const server = await startServer({ root: dist });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
const failures: string[] = [];
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`${'page'.padEnd(28)} ${'url'.padEnd(46)} ${CATEGORIES.map((c) => c.padStart(14)).join('')}  LCP ms`);
try {
  for (const [key, url] of [...samples].sort()) {
    const runs: { scores: number[]; lcp: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(server.origin + url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`lighthouse gave no result for ${url}`);
      const { lhr } = result;
      runs.push({
        scores: CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      });
      if (run === RUNS - 1) {
        // What cost points, from the last run, so a score below 100 says why.
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
              console.log(`    ${key}: ${category}: ${audit.id} (${audit.displayValue ?? audit.score})`);
          }
        }
      }
    }
    const scores = CATEGORIES.map((_, i) => median(runs.map((r) => r.scores[i]!)));
    const lcp = median(runs.map((r) => r.lcp));
    console.log(`${key.padEnd(28)} ${url.padEnd(46)} ${scores.map((s) => String(s).padStart(14)).join('')}  ${lcp.toFixed(0)}`);
    scores.forEach((score, i) => {
      if (score < BUDGETS.lighthouseScore) failures.push(`${key} ${url}: ${CATEGORIES[i]} ${score} (budget ${BUDGETS.lighthouseScore})`);
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
if (failures.length) {
  console.error(`\nBelow budget (median of ${RUNS} runs):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
