#!/usr/bin/env node
/**
 * Builds the site and prints the figures the design's budgets are held to: build time, pages,
 * and the gzip weight of every page on load (HTML plus the CSS and JS it references up front;
 * search code that loads only when used is reported separately). Exits non-zero when a byte
 * budget is exceeded; the build time is printed against its budget but, being wall-clock, only warns.
 *   npm run bench            build, then measure
 *   npm run bench -- --no-build   measure the existing dist/
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BUDGETS } from './budgets.ts';
import { allFiles, htmlFiles } from '../src/hosting/dist-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const budgets = { pageKb: BUDGETS.contentPageBytes / 1024, wholePathwayKb: BUDGETS.wholePathwayPageBytes / 1024, checkerJsKb: BUDGETS.pageScriptBytes / 1024, buildSeconds: BUDGETS.buildSeconds };

let buildSeconds;
if (!process.argv.includes('--no-build')) {
  const started = process.hrtime.bigint();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
}
if (!existsSync(dist)) throw new Error('No dist/: run the build first');

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const files = allFiles(dist).map((file) => join(dist, file));
const pages = htmlFiles(dist).map((file) => join(dist, file));
const rows = pages.map((file) => {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const assets = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/[^"]+\.(?:css|js|mjs))"/g)].map((m) => m[1]);
  const assetBytes = assets.reduce((sum, url) => {
    const path = join(dist, url);
    return sum + (existsSync(path) ? gz(readFileSync(path)) : 0);
  }, 0);
  const inlineScripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + m[1].length, 0);
  const url = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  return { url, wholePathway: text.includes('class="prose whole-pathway"'), html: gz(html), assets: assetBytes, total: gz(html) + assetBytes, scripts: assets.filter((a) => /\.m?js$/.test(a)).length, inlineScriptChars: inlineScripts };
});
rows.sort((a, b) => b.total - a.total);

console.log(`pages: ${rows.length}`);
if (buildSeconds !== undefined) console.log(`build: ${buildSeconds.toFixed(2)} s (budget ${budgets.buildSeconds} s${buildSeconds > budgets.buildSeconds ? ', OVER' : ''})`);
console.log('\nheaviest pages on load (gzip):');
console.log('  KB total  KB html  KB css/js  scripts  page');
for (const row of rows.slice(0, 10)) {
  console.log(`  ${kb(row.total).padStart(8)}  ${kb(row.html).padStart(7)}  ${kb(row.assets).padStart(9)}  ${String(row.scripts).padStart(7)}  ${row.url}`);
}
const lazyJs = files.filter((f) => f.includes(`${sep}pagefind${sep}`) || (f.includes(`${sep}_astro${sep}`) && /\.m?js$/.test(f)));
const lazyTotal = lazyJs.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
console.log(`\nJS and search files in dist (gzip, loaded only when used): ${kb(lazyTotal)} KB in ${lazyJs.length} files`);

const failures = [];
for (const row of rows) {
  const isChecker = /\/(check|gwirio)\//.test(row.url);
  const limit = row.wholePathway ? budgets.wholePathwayKb : budgets.pageKb + (isChecker ? budgets.checkerJsKb : 0);
  if (row.total / 1024 > limit) failures.push(`${row.url} weighs ${kb(row.total)} KB gzip on load (budget ${limit} KB)`);
}
const checkerJs = rows.filter((r) => /\/(check|gwirio)\//.test(r.url));
for (const row of checkerJs) console.log(`checker page ${row.url}: ${kb(row.assets)} KB of CSS/JS (budget ${budgets.checkerJsKb} KB JS)`);
if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nall pages within budget');
