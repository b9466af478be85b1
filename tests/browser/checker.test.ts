/**
 * The eligibility checker in Chromium, in both languages: keyboard-only runs, errors, Change links,
 * answers restored from the address, tampered addresses, the language toggle mid-flow, axe on every
 * step and outcome, and the page without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser } from '../support/browser';
import { useBrowserSite } from '../support/browser-site';
import { axeViolations, describeViolations } from '../support/axe';
import { localise } from '../../src/lib/checker/client';
import { CHECKER_PAGE_ID } from '../../src/lib/routing/routes';
import { realFlow, say, pageUrlOf } from '../support/checker-flow';
import { inOneLanguage } from '../support/in-one-language';

const flow = realFlow();
const text = { en: localise(flow, 'en'), cy: localise(flow, 'cy') };
const langs = ['en', 'cy'] as const;
type Lang = (typeof langs)[number];
const checkerUrl = { en: pageUrlOf(CHECKER_PAGE_ID, 'en'), cy: pageUrlOf(CHECKER_PAGE_ID, 'cy') };
const question = (lang: Lang, id: string) => text[lang].questions.find((q) => q.id === id)!;
const complete = 'route=school&prior=gcse&prior=a-level&pre-employment-checks=yes&dbs=yes&shifts=yes&language=welsh';
/** "Question n of 6", as the page should say it. */
const questionCaption = (lang: Lang, n: number) => say(lang, 'checker-question-n-of-m', { n, total: flow.questions.length });

interface NoticeText {
  heading: string | null;
  paragraphs: string[];
  questions: string[];
}
/**
 * The sentence counting the ignored parts, written out: the Welsh counts in words, as prose does
 * under ten (content/welsh-style.md), "un rhan", "dwy ran", "pedair rhan", and "50 rhan", never "2 o rannau".
 */
const IGNORED: Record<Lang, Record<number, string>> = {
  en: {
    1: 'We ignored 1 part of the web address.',
    2: 'We ignored 2 parts of the web address.',
    4: 'We ignored 4 parts of the web address.',
    50: 'We ignored 50 parts of the web address.',
  },
  cy: {
    1: "Rydyn ni wedi anwybyddu un rhan o'r cyfeiriad gwe.",
    2: "Rydyn ni wedi anwybyddu dwy ran o'r cyfeiriad gwe.",
    4: "Rydyn ni wedi anwybyddu pedair rhan o'r cyfeiriad gwe.",
    50: "Rydyn ni wedi anwybyddu 50 rhan o'r cyfeiriad gwe.",
  },
};
/** What the notice about an ignored part of the address should say: a count, and the titles of the questions. */
const expectedNotice = (lang: Lang, count: number, questionIds: string[]): NoticeText => ({
  heading: say(lang, 'checker-notice-heading'),
  paragraphs: [
    IGNORED[lang][count]!,
    ...(questionIds.length ? [say(lang, 'checker-notice-questions')] : []),
    say(lang, 'checker-notice-check'),
  ],
  questions: questionIds.map((id) => question(lang, id).title),
});

/**
 * Text a crafted link might try to put on the site, each with the parts that must never appear:
 * a phone number, a link, long text and right-to-left override characters.
 */
const HOSTILE: [string, string, string[]][] = [
  ['a phone number', 'Call 0900 123 456', ['0900', '123 456']],
  ['a web address', 'https://evil.example/phish', ['evil.example', 'phish']],
  ['long text', 'Your application has been REJECTED. '.repeat(56).slice(0, 2000), ['REJECTED', 'application has been']],
  ['right-to-left overrides', '\u202Egnp.exe\u202C Call 0800 \u202E999', ['\u202E', '\u202C', 'gnp.exe', '0800']],
];
/** Where in the address the text goes: the address, then how many parts are ignored and which questions are named. */
const PLACES: [string, (text: string) => string, number, string[]][] = [
  ['an unknown key', (t) => `route=school&${t}=1`, 1, []],
  ['the value of an unknown key', (t) => `route=school&message=${t}`, 1, []],
  ['an answer', (t) => `route=${t}`, 1, ['route']],
  ['one of several answers', (t) => `route=school&prior=gcse&prior=${t}`, 2, ['prior']],
  ['the step', (t) => `route=school&step=${t}`, 1, []],
  ['the Change marker', (t) => `route=school&step=prior&from=${t}`, 1, []],
  ['an answer after an unanswered question', (t) => `route=school&dbs=${t}`, 1, ['dbs']],
];

// Each test opens its own page in the one browser, so they run at once (up to vitest's maxConcurrency):
// most of their time is spent waiting on the browser. A test that polls uses its own `expect`.
describe.skipIf(noBrowser)('eligibility checker in the browser', { concurrent: true }, () => {
  const site = useBrowserSite();

  async function open(path: string): Promise<Page> {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    (page as Page & { errors: string[] }).errors = errors;
    await visit(page, path);
    return page;
  }
  /**
   * Goes to a checker address. An address that names a step or answers starts the checker at once:
   * wait until it has its module and data and has drawn the step. The bare address is the start
   * page, which runs nothing until Start is pressed.
   */
  async function visit(page: Page, path: string): Promise<void> {
    await page.goto(`${site.server.origin}${path}`);
    if (path.includes('?')) await page.locator('[data-checker][data-checker-ready]').waitFor({ state: 'attached' });
  }
  const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : '';
    });
  const heading = (page: Page) => page.locator('[data-checker] h1').evaluate((h1) => h1.lastChild?.textContent ?? '');
  const noticeOf = async (page: Page): Promise<NoticeText> => {
    const notice = page.locator('[data-checker-notice]');
    await notice.waitFor();
    return {
      heading: await notice.locator('h2').textContent(),
      paragraphs: await notice.locator('p').allTextContents(),
      questions: await notice.locator('li').allTextContents(),
    };
  };
  /** Everything on the page a reader or a program could see: visible text, the DOM, the title and the toggle's link. */
  const everything = (page: Page) =>
    page.evaluate(() => ({
      text: document.body.innerText,
      html: document.documentElement.outerHTML,
      title: document.title,
      toggle: document.querySelector('a.language-toggle')?.getAttribute('href') ?? '',
    }));
  const caption = (page: Page) => page.locator('[data-checker] h1 .caption').textContent();

  /** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
  async function tabTo(page: Page, selector: string, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`could not reach ${selector} with the Tab key`);
  }

  // What the script does whatever the language runs in one language, the two taking turns: every
  // step it draws in each language, with that language's strings, is proved in
  // tests/unit/checker/step-drawing.test.ts. The journey by keyboard, the toggle and axe run in both.
  for (const lang of langs) {
    describe(lang, () => {
      it("runs from start to result by keyboard alone, focusing each step's heading", async () => {
        const page = await open(checkerUrl[lang]);
        expect(await heading(page)).toBe(text[lang].title);
        await tabTo(page, '.start-button');
        await page.keyboard.press('Enter');
        const choices: Record<string, string> = {
          route: 'college',
          prior: 'esw-digital-literacy',
          'pre-employment-checks': 'yes',
          dbs: 'yes',
          shifts: 'yes',
          language: 'either',
        };
        for (const [index, q] of flow.questions.entries()) {
          await page.waitForFunction(
            (title) => document.querySelector('[data-checker] h1')?.lastChild?.textContent === title,
            question(lang, q.id).title,
          );
          expect(await focused(page)).toBe('h1');
          expect(await caption(page)).toBe(questionCaption(lang, index + 1));
          const target = `#${q.id}-${choices[q.id]}`;
          if (q.kind === 'any') {
            await tabTo(page, target);
            await page.keyboard.press('Space');
          } else {
            await tabTo(page, `input[name="${q.id}"]`);
            for (let i = 0; i < 10 && !(await page.evaluate((s) => document.activeElement?.matches(s), target)); i++)
              await page.keyboard.press('ArrowDown');
            await page.keyboard.press('Space');
          }
          expect(await page.locator(target).isChecked()).toBe(true);
          await tabTo(page, '[data-checker] button[type="submit"]');
          await page.keyboard.press('Enter');
        }
        await page.waitForFunction(
          (title) => document.querySelector('[data-checker] h1')?.textContent === title,
          say(lang, 'checker-check-answers'),
        );
        expect(await focused(page)).toBe('h1');
        expect(page.url()).toContain('step=check');
        await tabTo(page, 'a.button');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-outcome]');
        expect(await page.getAttribute('[data-outcome]', 'data-outcome')).toBe('likely-eligible');
        expect(await focused(page)).toBe('h1');
        expect(await heading(page)).toBe(text[lang].outcomes.find((o) => o.id === 'likely-eligible')!.title);
        const result = page.locator('[data-outcome]');
        expect(await result.locator('[data-note="essential-skills-held"]').count()).toBe(1);
        expect(await result.locator('[data-note="welsh-assessment"]').count()).toBe(1);
        expect(await result.locator('[data-note="next-college"]').count()).toBe(1);
        // Each reason links to the pathway section it comes from.
        const links = await result.locator('[data-rule] .source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const dbs = flow.rules.find((rule) => rule.id === 'dbs-yes')!.source;
        expect(links).toContain(`${pageUrlOf(dbs.page, lang)}#${dbs.section}`);
        expect(new URL(page.url()).search).toBe(
          `?route=college&prior=esw-digital-literacy&pre-employment-checks=yes&dbs=yes&shifts=yes&language=either`,
        );
        expect(errorsOf(page)).toEqual([]);
        await page.close();
      });

      inOneLanguage('cy', lang, () => {
        it('shows an error summary and an inline error when nothing is chosen', async () => {
          const page = await open(`${checkerUrl[lang]}?step=route`);
          await page.click('[data-checker] button[type="submit"]');
          const summary = page.locator('.error-summary');
          await summary.waitFor();
          const message = question(lang, 'route').error;
          expect(await summary.textContent()).toContain(message);
          expect(await focused(page)).toBe('div');
          // The summary is focused; the alert is a child of it, so focus and announcement do not race.
          expect(
            await page.evaluate(() => {
              const summary = document.activeElement!;
              return [
                summary.matches('.error-summary'),
                summary.getAttribute('role'),
                summary.querySelector(':scope > [role="alert"]') !== null,
              ];
            }),
          ).toEqual([true, null, true]);
          expect(await page.locator('#route-error').textContent()).toBe(`${say(lang, 'checker-error-prefix')} ${message}`);
          expect(await page.getAttribute('fieldset', 'aria-describedby')).toContain('route-error');
          expect((await page.title()).startsWith(`${say(lang, 'checker-error-prefix')} `)).toBe(true);
          // The summary's link takes focus to the first answer.
          await page.click('.error-summary a');
          expect(await focused(page)).toBe('input#route-current-role');
          await page.check('#route-other');
          await page.click('[data-checker] button[type="submit"]');
          await page.waitForFunction(
            (title) => document.querySelector('h1')?.lastChild?.textContent === title,
            question(lang, 'prior').title,
          );
          expect(await page.locator('.error-summary').count()).toBe(0);
          // "None of these" clears the others, and the others clear it.
          await page.check('#prior-gcse');
          await page.check('#prior-none');
          expect(await page.isChecked('#prior-gcse')).toBe(false);
          await page.check('#prior-a-level');
          expect(await page.isChecked('#prior-none')).toBe(false);
          await page.close();
        });
      });

      inOneLanguage('en', lang, () => {
        it('returns to check your answers after a Change, and the result follows the change', async () => {
          const page = await open(`${checkerUrl[lang]}?${complete}&step=check`);
          expect(await heading(page)).toBe(say(lang, 'checker-check-answers'));
          const change = page.locator('.summary-list a').nth(3);
          expect(await change.getAttribute('href')).toContain('step=dbs&from=check');
          expect(await change.textContent()).toContain(question(lang, 'dbs').title);
          await change.click();
          await page.waitForFunction(
            (title) => document.querySelector('h1')?.lastChild?.textContent === title,
            question(lang, 'dbs').title,
          );
          expect(await page.isChecked('#dbs-yes')).toBe(true);
          // Back from a Change goes to check your answers.
          expect(await page.getAttribute('.back-link', 'href')).toContain('step=check');
          await page.check('#dbs-no');
          await page.click('[data-checker] button[type="submit"]');
          await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, say(lang, 'checker-check-answers'));
          expect(await page.locator('.summary-list > div').nth(3).locator('dd').first().textContent()).toBe(
            question(lang, 'dbs').options[1]!.label,
          );
          await page.click('a.button');
          await page.waitForSelector('[data-outcome]');
          expect(await page.getAttribute('[data-outcome]', 'data-outcome')).toBe('not-eligible');
          expect(await page.locator('[data-rule]').first().getAttribute('data-rule')).toBe('dbs-no');
          await page.close();
        });
      });

      inOneLanguage('cy', lang, () => {
        it('restores the exact step from the address, on reload and on back and forward', async () => {
          const page = await open(`${checkerUrl[lang]}?route=school&prior=gcse&step=pre-employment-checks`);
          expect(await heading(page)).toBe(question(lang, 'pre-employment-checks').title);
          expect(await caption(page)).toBe(questionCaption(lang, 3));
          await page.check('#pre-employment-checks-not-sure');
          await page.click('[data-checker] button[type="submit"]');
          await page.waitForFunction(
            (title) => document.querySelector('h1')?.lastChild?.textContent === title,
            question(lang, 'dbs').title,
          );
          await page.reload();
          await page.locator('[data-checker][data-checker-ready]').waitFor({ state: 'attached' });
          expect(await heading(page)).toBe(question(lang, 'dbs').title);
          await page.goBack();
          await page.waitForFunction(
            (title) => document.querySelector('h1')?.lastChild?.textContent === title,
            question(lang, 'pre-employment-checks').title,
          );
          // The browser's Back (a phone's back gesture) returns to the question with the answer just given.
          expect(await page.isChecked('#pre-employment-checks-not-sure')).toBe(true);
          expect(new URL(page.url()).searchParams.get('pre-employment-checks')).toBe('not-sure');
          await page.goForward();
          await page.waitForFunction(
            (title) => document.querySelector('h1')?.lastChild?.textContent === title,
            question(lang, 'dbs').title,
          );
          // The page's own Back link keeps the answers given so far.
          await page.click('.back-link');
          await page.waitForFunction(
            (title) => document.querySelector('h1')?.lastChild?.textContent === title,
            question(lang, 'pre-employment-checks').title,
          );
          expect(await page.isChecked('#pre-employment-checks-not-sure')).toBe(true);
          // A complete set of answers opens the result.
          await visit(page, `${checkerUrl[lang]}?${complete.replace('shifts=yes', 'shifts=no')}`);
          expect(await page.getAttribute('[data-outcome]', 'data-outcome')).toBe('check-first');
          expect(await page.locator('[data-note="shifts"]').count()).toBe(1);
          expect(await page.locator('[data-note="next-school"]').count()).toBe(1);
          // Printed, the result keeps its outcome, reasons and notes, without the header, back link or buttons.
          await page.emulateMedia({ media: 'print' });
          expect(await page.locator('[data-outcome] h1').isVisible()).toBe(true);
          expect(await page.locator('[data-rule]').first().isVisible()).toBe(true);
          for (const hidden of ['.site-header', '.back-link', '.checker-actions'])
            expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
          await page.close();
        });
      });

      inOneLanguage('en', lang, () => {
        it('drops unknown keys and bad values with a notice that counts them and names the questions, never repeating the address', async () => {
          const script = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">';
          const query = `route=school&utm_source=zq-newsletter&dbs=zq-maybe&prior=${encodeURIComponent(script)}&${encodeURIComponent('<b>')}=1&step=check`;
          const page = await open(`${checkerUrl[lang]}?${query}`);
          // Four parts ignored; the answers to "prior" and "dbs" not kept, named by their titles.
          expect(await noticeOf(page)).toEqual(expectedNotice(lang, 4, ['prior', 'dbs']));
          const seen = await everything(page);
          for (const part of ['utm_source', 'zq-newsletter', 'zq-maybe', 'pwned', 'onerror', '<b>', '&lt;b&gt;']) {
            expect(seen.text, part).not.toContain(part);
            expect(seen.html, part).not.toContain(part);
          }
          expect(await page.locator('[data-checker] script, [data-checker] img, [data-checker] b, [data-checker] code').count()).toBe(0);
          expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
          // The incomplete answers lead to the first unanswered question; the address keeps only what was understood.
          expect(await heading(page)).toBe(question(lang, 'prior').title);
          expect(new URL(page.url()).search).toBe('?route=school&step=prior');
          expect(errorsOf(page)).toEqual([]);
          const axe = await axeViolations(page);
          expect(axe, describeViolations(axe)).toEqual([]);
          // A flood of junk is counted, never listed.
          const flood = Array.from({ length: 50 }, (_, i) => `junk${i}=${'x'.repeat(100)}`).join('&');
          await visit(page, `${checkerUrl[lang]}?${flood}`);
          expect(await noticeOf(page)).toEqual(expectedNotice(lang, 50, []));
          const flooded = await everything(page);
          expect(flooded.text).not.toMatch(/junk|xxxx/);
          expect(flooded.html).not.toMatch(/junk\d|xxxx/);
          expect(new URL(page.url()).search).toBe('');
          await page.close();
        });
      });

      inOneLanguage('en', lang, () => {
        it('"?dbs=no" alone: the first question, the notice names the DBS question, and nothing is chosen for it later', async () => {
          const page = await open(`${checkerUrl[lang]}?dbs=no`);
          expect(await noticeOf(page)).toEqual(expectedNotice(lang, 1, ['dbs']));
          expect(await heading(page)).toBe(question(lang, 'route').title);
          expect(await caption(page)).toBe(questionCaption(lang, 1));
          expect(new URL(page.url()).search).toBe('?step=route');
          expect(await page.locator('[data-checker] input:checked').count()).toBe(0);
          // Answer the questions before it: at the DBS question nothing is chosen.
          for (const [id, value] of [
            ['route', 'school'],
            ['prior', 'gcse'],
            ['pre-employment-checks', 'yes'],
          ] as const) {
            await page.waitForSelector(`#${id}-${value}`);
            await page.check(`#${id}-${value}`);
            await page.click('[data-checker] button[type="submit"]');
          }
          await page.waitForFunction(
            (title) => document.querySelector('[data-checker] h1')?.lastChild?.textContent === title,
            question(lang, 'dbs').title,
          );
          expect(await page.locator('input[name="dbs"]:checked').count()).toBe(0);
          expect(await page.locator('[data-checker-notice]').count()).toBe(0);
          expect(new URL(page.url()).search).toBe('?route=school&prior=gcse&pre-employment-checks=yes&step=dbs');
          expect(errorsOf(page)).toEqual([]);
          await page.close();
        });
      });

      // tests/unit/checker/url.test.ts proves the parser keeps only a count and ids for each hostile
      // text; here, once, that the page draws its notice from those alone, wherever the text is.
      inOneLanguage('cy', lang, () => {
        for (const [name, hostile, forbidden] of [
          [HOSTILE.map(([what]) => what).join(', '), HOSTILE.map(([, text]) => text).join(' '), HOSTILE.flatMap(([, , parts]) => parts)],
        ] as const) {
          it(`never puts ${name} from a crafted address on the page, wherever it is in the address`, async () => {
            const page = await open(checkerUrl[lang]);
            for (const [place, address, count, questions] of PLACES) {
              await visit(page, `${checkerUrl[lang]}?${address(encodeURIComponent(hostile))}`);
              expect(await noticeOf(page), place).toEqual(expectedNotice(lang, count, questions));
              const seen = await everything(page);
              for (const part of forbidden) {
                for (const [where, value] of Object.entries(seen)) {
                  expect(value.includes(part), `${JSON.stringify(part)} in the ${where}, from ${place}`).toBe(false);
                  expect(value.includes(encodeURIComponent(part)), `${JSON.stringify(part)} (encoded) in the ${where}, from ${place}`).toBe(
                    false,
                  );
                }
              }
              expect(new URL(page.url()).search, place).not.toContain(encodeURIComponent(forbidden[0]!));
            }
            // On the result page too, with every answer given.
            await visit(page, `${checkerUrl[lang]}?${complete}&${encodeURIComponent(hostile)}=${encodeURIComponent(hostile)}`);
            expect(await page.getAttribute('[data-outcome]', 'data-outcome')).toBe('likely-eligible');
            expect(await noticeOf(page)).toEqual(expectedNotice(lang, 1, []));
            const seen = await everything(page);
            for (const part of forbidden)
              for (const value of Object.values(seen)) expect(value.includes(part), JSON.stringify(part)).toBe(false);
            expect(errorsOf(page)).toEqual([]);
            await page.close();
          });
        }
      });

      it('carries the answers to the same step in the other language', async () => {
        const other = lang === 'en' ? 'cy' : 'en';
        const page = await open(`${checkerUrl[lang]}?step=route`);
        await page.check('#route-training-portfolio');
        await page.click('[data-checker] button[type="submit"]');
        await page.waitForSelector('#prior-gcse');
        await page.check('#prior-welsh-bacc');
        await page.click('[data-checker] button[type="submit"]');
        await page.waitForSelector('#pre-employment-checks-yes');
        const toggle = page.locator('a.language-toggle');
        expect(await toggle.getAttribute('href')).toBe(
          `${checkerUrl[other]}?route=training-portfolio&prior=welsh-bacc&step=pre-employment-checks`,
        );
        await toggle.click();
        await page.waitForURL(`**${checkerUrl[other]}*`);
        await page.locator('[data-checker][data-checker-ready]').waitFor({ state: 'attached' });
        expect(await page.getAttribute('html', 'lang')).toBe(other === 'en' ? 'en-GB' : 'cy');
        expect(await heading(page)).toBe(question(other, 'pre-employment-checks').title);
        expect(await caption(page)).toBe(questionCaption(other, 3));
        await page.click('.back-link');
        await page.waitForSelector('#prior-welsh-bacc');
        expect(await page.isChecked('#prior-welsh-bacc')).toBe(true);
        // Back to the start page and on again: the answers stay.
        await page.click('.back-link');
        await page.waitForSelector('#route-training-portfolio');
        await page.click('.back-link');
        await page.waitForSelector('.start-button');
        await page.click('.start-button');
        await page.waitForSelector('#route-training-portfolio');
        expect(await page.isChecked('#route-training-portfolio')).toBe(true);
        await page.click('[data-checker] button[type="submit"]');
        await page.waitForSelector('#prior-welsh-bacc');
        // …and back again, from the other side.
        expect(await page.locator('a.language-toggle').getAttribute('href')).toBe(
          `${checkerUrl[lang]}?route=training-portfolio&prior=welsh-bacc&step=prior`,
        );
        await page.close();
      });

      it('has no axe violations on any step, error or outcome', async () => {
        const failures: string[] = [];
        const audit = async (page: Page, name: string) => {
          const violations = await axeViolations(page);
          if (violations.length) failures.push(`${name}:\n${describeViolations(violations)}`);
        };
        const page = await open(checkerUrl[lang]);
        await audit(page, 'start');
        // The notice about a part of the address that was ignored, over the first question.
        await visit(page, `${checkerUrl[lang]}?dbs=no`);
        await page.locator('[data-checker-notice]').waitFor();
        await audit(page, 'notice');
        const answers: string[] = [];
        for (const q of flow.questions) {
          await visit(page, `${checkerUrl[lang]}?${[...answers, `step=${q.id}`].join('&')}`);
          await audit(page, q.id);
          answers.push(`${q.id}=${q.options[0]!.value}`);
        }
        await visit(page, `${checkerUrl[lang]}?step=prior&route=school`);
        await page.click('[data-checker] button[type="submit"]');
        await page.waitForSelector('.error-summary');
        await audit(page, 'error');
        await visit(page, `${checkerUrl[lang]}?${complete}&step=check`);
        await audit(page, 'check answers');
        const outcomes = {
          'likely-eligible': complete,
          'check-first': complete.replace('dbs=yes', 'dbs=not-sure'),
          'not-eligible': complete.replace('pre-employment-checks=yes', 'pre-employment-checks=no'),
        };
        for (const [outcome, query] of Object.entries(outcomes)) {
          await visit(page, `${checkerUrl[lang]}?${query}`);
          expect(await page.getAttribute('[data-outcome]', 'data-outcome')).toBe(outcome);
          await audit(page, outcome);
        }
        expect(failures).toEqual([]);
        await page.close();
      });

      inOneLanguage('cy', lang, () => {
        it('without JavaScript, shows the entry requirements as a checklist with links to the pathway', async () => {
          const context = await site.browser.newContext({ javaScriptEnabled: false });
          const page = await context.newPage();
          await page.goto(`${site.server.origin}${checkerUrl[lang]}?${complete}`);
          const items = page.locator('.checklist li');
          expect(await items.count()).toBe(flow.questions.length);
          expect(await items.first().textContent()).toContain(question(lang, 'route').requirement);
          const hrefs = await page.locator('.checklist a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
          expect(hrefs.every((href) => /^\/(en|cy)\/[a-z-]+\/[a-z-]+\/#[a-z-]+$/.test(href ?? ''))).toBe(true);
          expect(await page.locator('.start-button').isVisible()).toBe(false);
          expect(await page.locator('[data-outcome]').count()).toBe(0);
          await context.close();
        });
      });

      inOneLanguage('en', lang, () => {
        it.each([
          ['cannot be fetched', null],
          ['is JSON of the wrong shape (F12)', '{"flow":{}}'],
          ['links a section on another site (F17)', 'off-site'],
        ])('when its data %s, keeps the checklist and offers no start button that could not work', async (_case, body) => {
          const page = await site.browser.newPage();
          await page.route('**/flow.json', async (route) => {
            if (body === null) return route.abort();
            if (body !== 'off-site') return route.fulfill({ contentType: 'application/json', body });
            const data = await (await route.fetch()).json();
            const first = Object.keys(data.sections)[0]!;
            data.sections[first].href = '//evil.example/phish';
            return route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
          });
          await page.goto(`${site.server.origin}${checkerUrl[lang]}?${complete}`);
          await page.locator('[data-checker][data-checker-unavailable]').waitFor({ state: 'attached' });
          expect(await page.locator('.checklist li').count()).toBe(flow.questions.length);
          expect(await page.locator('.checklist').isVisible()).toBe(true);
          expect(await page.locator('.start-button').isVisible()).toBe(false);
          expect(await page.locator('[data-outcome]').count()).toBe(0);
          await page.close();
        });
      });

      inOneLanguage('cy', lang, () => {
        it('with JavaScript, shows the start button and not the checklist from the first paint, and fetches the checker only when Start is pressed', async ({
          expect,
        }) => {
          const page = await site.browser.newPage();
          const fetched: string[] = [];
          page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
          let release!: () => void;
          const held = new Promise<void>((resolve) => (release = resolve));
          await page.route('**/flow.json', async (route) => {
            await held;
            await route.continue();
          });
          await page.goto(`${site.server.origin}${checkerUrl[lang]}`);
          expect(await page.locator('.start-button').isVisible()).toBe(true);
          expect(await page.locator('.checklist').isVisible()).toBe(false);
          // On load: the page (its loader inside it) and its icon; no script file, no flow data.
          expect(fetched.filter((path) => path.endsWith('.js'))).toEqual([]);
          expect(fetched.some((path) => path.endsWith('/flow.json'))).toBe(false);

          await page.locator('.start-button').click();
          await expect.poll(() => page.getAttribute('[data-checker]', 'aria-busy')).toBe('true');
          // While the data is on its way the start page stays as it was.
          expect(await heading(page)).toBe(text[lang].title);
          // The script is asked for once, while the data is held: wait for the request, which the
          // browser may not have sent yet when the page turns busy.
          await expect.poll(() => fetched.filter((path) => path.endsWith('.js')).length).toBe(1);
          expect(await heading(page)).toBe(text[lang].title);
          release();
          await page.waitForFunction(
            (title) => document.querySelector('[data-checker] h1')?.lastChild?.textContent === title,
            question(lang, 'route').title,
          );
          expect(await focused(page)).toBe('h1');
          expect(await page.getAttribute('[data-checker]', 'aria-busy')).toBeNull();
          expect(new URL(page.url()).search).toBe('?step=route');
          // Back returns to the start page the reader left.
          await page.goBack();
          await page.waitForFunction(
            (title) => document.querySelector('[data-checker] h1')?.lastChild?.textContent === title,
            text[lang].title,
          );
          expect(await page.locator('.start-button').isVisible()).toBe(true);
          await page.close();
        });
      });

      inOneLanguage('en', lang, () => {
        it('when Start is pressed and the data cannot be fetched, shows the checklist and moves focus to it', async () => {
          const page = await site.browser.newPage();
          await page.route('**/flow.json', (route) => route.abort());
          await page.goto(`${site.server.origin}${checkerUrl[lang]}`);
          await page.locator('.start-button').click();
          await page.locator('[data-checker][data-checker-unavailable]').waitFor({ state: 'attached' });
          expect(await page.locator('.checklist').isVisible()).toBe(true);
          expect(await page.locator('.start-button').isVisible()).toBe(false);
          expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-checker-nojs'))).toBe(true);
          expect(new URL(page.url()).search).toBe('');
          await page.close();
        });
      });
    });
  }
});
