#!/usr/bin/env node
/**
 * Builds the site and prints the figures the design's budgets are held to, per page type and
 * language, as a reader's browser sees them (src/measurement/): gzip bytes of HTML, CSS, JS, fonts and the data a script fetches
 * fetched on load, requests, JavaScript run on load, and the bytes a first search fetches in each
 * language, and what starting the checker fetches. Exits non-zero when a budget
 * (src/measurement/budgets.ts) is broken; the build time, being wall-clock, is printed against its budget but only warns. tests/browser/budgets.test.ts holds
 * the same budgets in `npm test`.
 *   npm run bench                 build, then measure
 *   npm run bench -- --no-build   measure the existing dist/
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, loadBudgetBytes, TYPES_WITH_SCRIPT } from '../src/measurement/budgets.ts';
import { measureSite } from '../src/measurement/site-figures.ts';
import { PAGE_TYPES } from '../src/measurement/page-types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

let buildSeconds;
if (!process.argv.includes('--no-build')) {
  const started = process.hrtime.bigint();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
}
if (!existsSync(dist)) throw new Error('No dist/: run the build first');

const figures = await measureSite(dist, join(root, 'content'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const cell = (value, width) => String(value).padStart(width);

console.log('On load, the heaviest page of each type (KB gzip; budget: HTML+CSS+JS+fonts+data, and JS run)');
console.log(
  `${'type'.padEnd(18)} lang  pages  ${['html', 'css', 'js', 'fonts', 'data', 'total', 'budget', 'requests', 'scripts run', 'JS run'].map((h) => cell(h, 8)).join(' ')}  ok`,
);
const order = PAGE_TYPES;
const rank = (type) => (order.includes(type) ? order.indexOf(type) : order.length);
for (const group of [...figures.groups].sort(
  (a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type) || a.lang.localeCompare(b.lang),
)) {
  const { bytes, total, requests } = group.heaviest;
  const hasScript = TYPES_WITH_SCRIPT.includes(group.type);
  const budget = loadBudgetBytes(group.type);
  const jsRun = `${kb(group.jsRunBytes)}/${hasScript ? kb(BUDGETS.pageScriptBytes) : '0'}`;
  console.log(
    `${group.type.padEnd(18)} ${group.lang.padEnd(4)} ${cell(group.pages, 6)}  ${[kb(bytes.html), kb(bytes.css), kb(bytes.js), kb(bytes.font), kb(bytes.data), kb(total), kb(budget), requests, group.scriptsRun, jsRun].map((v) => cell(v, 8)).join(' ')}  ${group.problems.length ? 'OVER' : 'ok'}`,
  );
}
console.log(
  `\nFirst search (KB gzip fetched from the keystroke to the results; budget ${kb(BUDGETS.firstSearchBytes)} KB and ${BUDGETS.firstSearchExcerpts} results' excerpts before the reader asks for more)`,
);
for (const search of figures.searches) {
  console.log(
    `  ${search.lang}  ${search.kind.padEnd(6)} ${`"${search.query}"`.padEnd(16)} ${cell(kb(search.bytes), 6)} KB in ${cell(search.requests, 2)} requests, ${search.fragments} excerpts, ${search.results} results shown${search.more ? ' and more offered' : ''}  ${search.problems.length ? 'OVER' : 'ok'}`,
  );
}
console.log(
  `\nStarting the checker (KB gzip fetched from pressing Start to the first question; JavaScript of loader and checker, budget ${kb(BUDGETS.pageScriptBytes)} KB)`,
);
for (const start of figures.checkerStarts) {
  console.log(
    `  ${start.lang}  ${cell(kb(start.bytes), 6)} KB in ${start.requests} requests, JavaScript ${kb(start.jsBytes)} KB  ${start.problems.length ? 'OVER' : 'ok'}  ${start.url}`,
  );
}
if (buildSeconds !== undefined)
  console.log(
    `\nbuild: ${buildSeconds.toFixed(2)} s (budget ${BUDGETS.buildSeconds} s${buildSeconds > BUDGETS.buildSeconds ? ', OVER: wall-clock, so only a warning' : ''})`,
  );
if (figures.problems.length) {
  console.error(`\nOver budget:\n  ${figures.problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nevery page type within budget');
