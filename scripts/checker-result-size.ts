/**
 * `npm run checker:size` (after the build): how long the checker's result is on a phone. For each
 * outcome, with the fewest and the most things to say, in both languages, it opens the result in
 * Chromium at 360 × 740 and prints the words (all of them, and those shown before anything is
 * opened), the page's height, and where the outcome's heading and its first next step end.
 * Figures only, nothing asserted: tests/browser/checker-result.test.ts holds the result to the
 * first screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../src/hosting/server.ts';
import { htmlFiles } from '../src/hosting/dist-files.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(root)) {
  console.error('There is no dist/ folder: run `npm run build` first.');
  process.exit(1);
}
const VIEWPORT = { width: 360, height: 740 };

const allPrior = [
  'esw-communication',
  'esw-application-of-number',
  'esw-digital-literacy',
  'level-3-apprenticeship',
  'gcse',
  'a-level',
  'welsh-bacc',
  'welsh-bacc-principal-learning',
  'other-level-3',
];
const query = (answers: Record<string, string | string[]>) =>
  Object.entries(answers)
    .flatMap(([key, value]) => [value].flat().map((v) => `${key}=${v}`))
    .join('&');
const fewest = {
  route: 'school',
  prior: ['gcse', 'a-level'],
  'pre-employment-checks': 'yes',
  dbs: 'yes',
  shifts: 'yes',
  language: 'english',
};
const most = {
  route: 'training-portfolio',
  prior: allPrior,
  'pre-employment-checks': 'yes',
  dbs: 'yes',
  shifts: 'yes',
  language: 'either',
};
/** The answers measured: each outcome with the fewest and with the most reasons and notes. */
const SCENARIOS: [string, string][] = [
  ['likely-eligible, fewest notes', query(fewest)],
  ['likely-eligible, most notes', query(most)],
  ['check-first, one doubt', query({ ...fewest, dbs: 'not-sure' })],
  ['check-first, mixed', query({ ...most, route: 'other', 'pre-employment-checks': 'not-sure', dbs: 'not-sure', shifts: 'not-sure' })],
  ['not-eligible, one "no"', query({ ...fewest, 'pre-employment-checks': 'no' })],
  ['not-eligible, mixed', query({ ...most, 'pre-employment-checks': 'no', dbs: 'no', shifts: 'not-sure' })],
];

/** The checker pages in dist/, found by the data file they name: one per pathway and language. */
const checkerPages = htmlFiles(root)
  .filter((file) => readFileSync(join(root, file), 'utf8').includes('data-checker-data='))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

const server = await startServer({ root });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const rows: string[][] = [];
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  for (const path of checkerPages) {
    for (const [name, answers] of SCENARIOS) {
      await page.goto(`${server.origin}${path}?${answers}`);
      await page.waitForSelector('[data-outcome]');
      const figures = await page.evaluate(() => {
        const result = document.querySelector<HTMLElement>('[data-outcome]')!;
        const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
        const bottom = (element: Element | null | undefined) =>
          element ? Math.round(element.getBoundingClientRect().bottom + scrollY) : NaN;
        // Before the redesign the first next step was the first item under the "Next steps" heading.
        const nextStep =
          result.querySelector('[data-lead-step]') ??
          [...result.querySelectorAll('h2')].find(
            (h2) => h2.nextElementSibling?.matches('ul') && h2 === result.querySelectorAll('h2')[result.querySelectorAll('h2').length - 2],
          )?.nextElementSibling?.firstElementChild;
        return {
          outcome: result.dataset.outcome!,
          shownWords: words(result.innerText),
          words: (() => {
            const folded = [...result.querySelectorAll('details:not([open])')];
            for (const details of folded) details.setAttribute('open', '');
            const all = words(result.innerText);
            for (const details of folded) details.removeAttribute('open');
            return all;
          })(),
          height: document.documentElement.scrollHeight,
          headingBottom: bottom(result.querySelector('h1')),
          nextStepBottom: bottom(nextStep),
        };
      });
      rows.push([
        path.split('/')[1]!,
        name,
        figures.outcome,
        String(figures.words),
        String(figures.shownWords),
        String(figures.height),
        (figures.height / VIEWPORT.height).toFixed(1),
        String(figures.headingBottom),
        String(figures.nextStepBottom),
      ]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['lang', 'answers', 'outcome', 'words', 'words shown', 'height px', 'screens', 'h1 ends px', 'next step ends px'];
console.log(`Checker result at ${VIEWPORT.width} × ${VIEWPORT.height} px (first screen: ${VIEWPORT.height} px)\n`);
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
