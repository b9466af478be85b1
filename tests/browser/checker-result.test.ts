/**
 * The checker's result on a phone (360 × 740), in both languages: the outcome and its first next
 * step on the first screen for every outcome; a reason's link to the pathway section it comes from
 * (every reason and note: tests/built/checker.test.ts); the folded notes and answers open by
 * keyboard, print open, and pass axe open or closed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { axeViolations, describeViolations } from '../support/axe';
import { localise } from '../../src/lib/checker/client';
import { allAnswerSets, decide } from '../../src/lib/checker/engine';
import { serialiseQuery } from '../../src/lib/checker/url';
import type { Answers } from '../../src/lib/checker/types';
import { CHECKER_PAGE_ID } from '../../src/lib/routing/routes';
import { realFlow, say, pageUrlOf } from '../support/checker-flow';

const flow = realFlow();
const text = { en: localise(flow, 'en'), cy: localise(flow, 'cy') };
const langs = ['en', 'cy'] as const;
const PHONE = { width: 360, height: 740 };

/** Answers that lead to each outcome, and answers that bring in each rule and each note. */
const answerSets = [...allAnswerSets(flow, { distinct: true })];
const firstLeadingTo = (matches: (answers: Answers) => boolean) => {
  const answers = answerSets.find(matches);
  if (!answers) throw new Error('no answers lead there');
  return serialiseQuery(flow, { answers });
};
const byOutcome = flow.outcomes.map((o) => [o.id, firstLeadingTo((a) => decide(flow, a)!.outcome.id === o.id)] as const);
/** The answers with the most reasons and notes of all: the longest result. */
const longestAnswers = answerSets.reduce((most, answers) => {
  const size = (a: Answers) => decide(flow, a)!.notes.length + Object.values(a).flat().length;
  return size(answers) > size(most) ? answers : most;
});
const longest = serialiseQuery(flow, { answers: longestAnswers });
// Each test opens its own pages in the one browser, so they run at once (up to vitest's maxConcurrency).
describe.skipIf(noBrowser)('checker result on a phone', { concurrent: true }, () => {
  const site = useBrowserSite();
  async function open(path: string): Promise<Page> {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.origin}${path}`);
    await page.waitForSelector('[data-outcome]');
    return page;
  }

  for (const lang of langs) {
    const checker = pageUrlOf(CHECKER_PAGE_ID, lang);
    describe(lang, () => {
      it('shows the outcome and its first next step within the first screen, for every outcome', async () => {
        const page = await site.browser.newPage({ viewport: PHONE });
        for (const [outcomeId, query] of [...byOutcome, ['longest', longest] as const]) {
          await page.goto(`${site.server.origin}${checker}?${query}`);
          await page.waitForSelector('[data-outcome]');
          const outcome = text[lang].outcomes.find((o) => o.id === outcomeId);
          const shown = await page.evaluate(() => {
            const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
            return {
              heading: bottom('[data-outcome] h1'),
              step: bottom('[data-lead-step]'),
              stepText: document.querySelector('[data-lead-step]')?.textContent ?? '',
            };
          });
          expect(shown.heading, `${outcomeId}: heading`).toBeLessThanOrEqual(PHONE.height);
          expect(shown.step, `${outcomeId}: next step`).toBeLessThanOrEqual(PHONE.height);
          if (outcome) {
            expect(await page.locator('[data-outcome] h1').evaluate((h1) => h1.lastChild?.textContent)).toBe(outcome!.title);
            expect(shown.stepText).toContain(outcome!.nextSteps[0]);
          }
        }
        await page.close();
      });

      it('links a reason to the pathway section it comes from', async () => {
        // Every reason and note, each with its link: tests/built/checker.test.ts, drawn from the built data.
        const page = await open(`${checker}?${longest}`);
        const reason = flow.rules.find((rule) => rule.id === decide(flow, longestAnswers)!.reasons[0]!.id)!;
        const href = `${pageUrlOf(reason.source.page, lang)}#${reason.source.section}`;
        await Promise.all([
          page.waitForURL(`${site.server.origin}${href}`),
          page.locator(`[data-rule="${reason.id}"] a[href="${href}"]`).click(),
        ]);
        expect(await page.locator(`#${reason.source.section}`).count()).toBe(1);
        await page.close();
      });

      it('folds the notes and the answers under summaries that open by keyboard, and prints them open', async () => {
        const page = await open(`${checker}?${longest}`);
        const folds = page.locator('[data-outcome] details');
        expect(await folds.locator('summary').allTextContents()).toEqual([say(lang, 'checker-notes'), say(lang, 'checker-your-answers')]);
        expect(await page.locator('[data-note]').first().isVisible()).toBe(true); // a next step, not folded
        const folded = page.locator('details [data-note]').first();
        expect(await folded.isVisible()).toBe(false);
        await page.locator('[data-outcome] summary').first().focus();
        await page.keyboard.press('Enter');
        expect(await folded.isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        // On paper: the print styles show the folded parts, and the script opens them before printing.
        await page.emulateMedia({ media: 'print' });
        expect(await folded.isVisible()).toBe(true);
        expect(await page.locator('details .summary-list').isVisible()).toBe(true);
        await page.emulateMedia({ media: 'screen' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        expect(await folds.evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
        await page.evaluate(() => dispatchEvent(new Event('afterprint')));
        expect(await folds.evaluateAll((all) => all.some((d) => (d as HTMLDetailsElement).open))).toBe(false);
        await page.close();
      });

      it('has no axe violations with the folds closed or open', async () => {
        const page = await open(`${checker}?${longest}`);
        const closed = await axeViolations(page);
        await page.locator('[data-outcome] details').evaluateAll((all) => {
          for (const d of all) d.setAttribute('open', '');
        });
        const opened = await axeViolations(page);
        expect(describeViolations([...closed, ...opened])).toBe('');
        await page.close();
      });
    });
  }
});
