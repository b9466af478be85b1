/**
 * The GOV.UK pattern components in Chromium: every named example, drawn by toDom with the site's
 * styles, has no axe violations and the same DOM as the HTML the unit tests check; the exclusive
 * checkbox and the error summary's links behave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, noBrowser } from '../support/browser';
import { axeViolations, describeViolations } from '../support/axe';
import { projectRoot } from '../support/paths';
import { patterns } from '../support/patterns';
import { toHtml } from '../../src/components/patterns/to-html';
import { examples as choiceExamples } from '../../src/components/patterns/choices/examples';
import { examples as errorSummaries } from '../../src/components/patterns/error-summary/examples';
import { choiceId } from '../../src/components/patterns/choices/choices';

const origin = 'http://patterns.test';
const examples = patterns.flatMap(({ name, examples }) =>
  Object.entries(examples).map(([example, tree]) => ({ title: `${name}: ${example}`, tree })),
);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function examplesPage(): string {
  const css = [readFileSync(join(projectRoot, 'src/styles/site.css'), 'utf8'), ...patterns.map((p) => p.css)].join('\n');
  const sections = examples.map(
    ({ title }, i) =>
      `<section aria-labelledby="example-${i}"><h2 id="example-${i}">${escapeHtml(title)}</h2><div data-example="${i}"></div></section>`,
  );
  const json = JSON.stringify(examples.map((e) => e.tree)).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pattern examples</title><style>${css}</style></head>
<body><main class="container"><h1>Pattern examples</h1>${sections.join('')}<div style="height: 150vh"></div></main>
<script type="application/json" id="examples">${json}</script><script src="/examples.js"></script></body></html>`;
}

describe.skipIf(noBrowser)('pattern components in the browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [join(projectRoot, 'tests/support/patterns-page.ts')],
      bundle: true,
      write: false,
      format: 'esm',
    });
    const files: Record<string, [string, string]> = {
      '/': ['text/html', examplesPage()],
      '/examples.js': ['text/javascript', bundle.outputFiles[0]!.text],
    };
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 800, height: 500 } });
    await page.route(`${origin}/**`, (route) => {
      const [contentType, body] = files[new URL(route.request().url()).pathname] ?? ['text/plain', ''];
      return route.fulfill({ status: body ? 200 : 404, contentType, body });
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector(`[data-example="${examples.length - 1}"] > *`);
  });
  afterAll(async () => browser?.close());

  it('has no axe violations in any example', async () => {
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('draws with toDom the same elements as the HTML the unit tests check', async () => {
    const same = await page.evaluate(
      (htmls) =>
        htmls.map((html, i) => {
          const template = document.createElement('template');
          template.innerHTML = html;
          return document.querySelector(`[data-example="${i}"]`)!.firstElementChild!.isEqualNode(template.content.firstElementChild);
        }),
      examples.map((e) => toHtml(e.tree)),
    );
    expect(same.flatMap((ok, i) => (ok ? [] : [examples[i]!.title]))).toEqual([]);
  });

  it('unticks the other checkboxes when the exclusive one is ticked, and unticks it when another is', async () => {
    const { name, items } = choiceExamples['checkboxes with an exclusive "none" option']!;
    const [first, second] = items.filter((item) => !item.exclusive).map((item) => `#${choiceId(name, item.value)}`);
    const exclusive = `#${choiceId(name, items.find((item) => item.exclusive)!.value)}`;
    await page.check(first!);
    await page.check(exclusive);
    expect(await page.isChecked(first!)).toBe(false);
    await page.check(second!);
    expect(await page.isChecked(exclusive)).toBe(false);
    expect(await page.isChecked(second!)).toBe(true);
  });

  it("focuses the input an error-summary link names, with the question's legend brought to the top of the screen", async () => {
    const { href } = errorSummaries['one error']!.errors[0]!;
    await page.click(`.error-summary a[href="${href}"]`);
    const after = await page.evaluate((id) => {
      const input = document.getElementById(id)!;
      return {
        focused: document.activeElement === input,
        legendTop: input.closest('fieldset')!.querySelector('legend')!.getBoundingClientRect().top,
        inputBottom: input.getBoundingClientRect().bottom,
      };
    }, href.slice(1));
    expect(after.focused).toBe(true);
    expect(Math.abs(after.legendTop)).toBeLessThan(1);
    expect(after.inputBottom).toBeLessThanOrEqual(500);
    expect(new URL(page.url()).hash).toBe('');
  });
});
