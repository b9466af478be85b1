/**
 * The checker in the built site: where its script loads, how big it is, how its pages link up, and
 * what its data lets the browser draw (drawn here as the page's script draws it, without the DOM).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../src/measurement/budgets';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/built-pages';
import { parseHtml, visibleText } from '../support/html';
import { distDir } from '../support/paths';
import { content } from '../support/content';
import { pathwayId, realFlow, say, pageUrlOf } from '../support/checker-flow';
import { CHECKER_PAGE_ID } from '../../src/lib/routing/routes';
import { htmlLang, locales, otherLocale } from '../../src/lib/i18n/locale';
import { readClientData, sectionKey, type ClientData } from '../../src/lib/checker/client';
import { allAnswerSets, decide } from '../../src/lib/checker/engine';
import { parseQuery, serialiseQuery } from '../../src/lib/checker/url';
import { viewFor } from '../../src/lib/checker/view';
import { drawStep } from '../../src/components/checker/step';
import { h } from '../../src/components/patterns/element';
import { translatorFrom } from '../../src/lib/i18n/translate';
import type { Answers } from '../../src/lib/checker/types';
import { rendered } from '../support/patterns';

const checkerPages = { en: pageUrlOf(CHECKER_PAGE_ID, 'en'), cy: pageUrlOf(CHECKER_PAGE_ID, 'cy') };
const pathwayHome = content.pathways.find((p) => p.id === pathwayId)!.pages[0]!;
const pages = builtPages();
const html = (url: string) => readPage(pages.find((p) => p.url === url)!);
const scripts = (source: string) => [...source.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

describe('checker in the built site', () => {
  it('builds a checker page in each language', () => {
    for (const url of Object.values(checkerPages))
      expect(
        pages.some((p) => p.url === url),
        url,
      ).toBe(true);
  });

  it('carries its loader inline on the checker pages only, the same in both languages, and with the checker it imports at most 10 KB gzip', () => {
    // The checker's loader; beside it the page's one script every page has (page-enhancements.ts).
    const loaders = (url: string) =>
      parseHtml(html(url))
        .querySelectorAll('script[type="module"]:not([src])')
        .map((s) => s.rawText)
        .filter((text) => text.includes('/_astro/checker.'));
    const [loader, ...others] = loaders(checkerPages.en);
    expect(others).toEqual([]);
    expect(scripts(html(checkerPages.en))).toEqual([]);
    expect(loaders(checkerPages.cy)).toEqual([loader]);
    const imported = [...loader!.matchAll(/import\(`([^`]+)`\)/g)].map((m) => m[1]!);
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatch(/^\/_astro\/checker\.[\w-]+\.js$/);
    const bytes =
      gzipSync(Buffer.from(loader!), { level: 9 }).length + gzipSync(readFileSync(join(distDir, imported[0]!)), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(BUDGETS.pageScriptBytes);
    for (const page of pages) {
      // Every checker page (of any pathway) carries the loader; no other page may.
      if (readPage(page).includes('data-checker=')) continue;
      expect(readPage(page), page.url).not.toContain(imported[0]!);
    }
  });

  it.each(locales)("points hreflang and the language toggle at the other language's checker (%s)", (lang) => {
    const other = otherLocale(lang);
    const doc = parseHtml(html(checkerPages[lang]));
    expect(new URL(doc.querySelector(`link[rel="alternate"][hreflang="${htmlLang[other]}"]`)!.getAttribute('href')!).pathname).toBe(
      checkerPages[other],
    );
    expect(doc.querySelector('a.language-toggle')?.getAttribute('href')).toBe(checkerPages[other]);
  });

  it.each(locales)("marks the root, and links to it from the pathway's pages in the page language (%s)", (lang) => {
    expect(parseHtml(html(checkerPages[lang])).querySelector('[data-checker]')?.getAttribute('data-checker')).toBe(pathwayId);
    const links = parseHtml(html(pageUrlOf(pathwayHome, lang))).querySelectorAll(`a[href="${checkerPages[lang]}"]`);
    expect(links.map((a) => a.text)).toContain(say(lang, 'check-eligibility'));
  });

  it.each(locales)('names its data file beside the page, which holds the flow in the page language and no inline data (%s)', (lang) => {
    const doc = parseHtml(html(checkerPages[lang]));
    const source = doc.querySelector('[data-checker]')?.getAttribute('data-checker-data');
    expect(source).toBe(`${checkerPages[lang]}flow.json`);
    expect(doc.querySelectorAll('script[type="application/json"]')).toHaveLength(0);
    const data = JSON.parse(readFileSync(join(distDir, source!), 'utf8'));
    expect(data.lang).toBe(lang);
    expect(data.flow.questions.map((q: { id: string }) => q.id)).toEqual(realFlow().questions.map((q) => q.id));
    expect(data.flow.title).toBe(realFlow().title[lang]);
  });
});

describe('the checklist for readers without JavaScript, in the built page', () => {
  it.each(locales)("lists each question's requirement, in the page's language, with a link to the section it comes from (%s)", (lang) => {
    const flow = realFlow();
    const items = parseHtml(html(checkerPages[lang])).querySelectorAll('[data-checker-nojs] .checklist li');
    expect(items.map((item) => visibleText(item))).toEqual(flow.questions.map((q) => expect.stringContaining(q.requirement[lang])));
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual(
      flow.questions.map((q) => `${pageUrlOf(q.source.page, lang)}#${q.source.section}`),
    );
  });
});

describe("the checker's result, drawn from the built data as the page draws it", () => {
  const flow = realFlow();
  const answerSets = [...allAnswerSets(flow, { distinct: true })];
  const firstLeadingTo = (matches: (answers: Answers) => boolean) => answerSets.find(matches);
  /** Every rule and note, with answers that bring it in. */
  const citations = [
    ...flow.rules.map((rule) => ({
      kind: 'rule',
      id: rule.id,
      source: rule.source,
      answers: firstLeadingTo((a) => decide(flow, a)!.reasons.some((r) => r.id === rule.id)),
    })),
    ...flow.notes.map((note) => ({
      kind: 'note',
      id: note.id,
      source: note.source,
      answers: firstLeadingTo((a) => decide(flow, a)!.notes.some((n) => n.id === note.id)),
    })),
  ];

  it('has answers that bring in every rule and every note', () => {
    expect(citations.filter((citation) => !citation.answers).map((citation) => `${citation.kind} ${citation.id}`)).toEqual([]);
  });

  it.each(locales)('keeps every reason and note on the result, each with its link to the pathway section it comes from (%s)', (lang) => {
    const source = parseHtml(html(checkerPages[lang])).querySelector('[data-checker]')!.getAttribute('data-checker-data')!;
    const data: ClientData | undefined = readClientData(JSON.parse(readFileSync(join(distDir, source), 'utf8')));
    if (!data) throw new Error(`${source}: not data the checker can use`);
    // The page's script's context (src/browser/checker.ts), its links as the data gives them.
    const context = {
      lang,
      t: translatorFrom(data.ui),
      href: () => '?',
      section: (ref: Parameters<typeof sectionKey>[0]) => data.sections[sectionKey(ref)],
      vacancies: data.vacancies,
    };
    const missing: string[] = [];
    for (const { kind, id, source: cited, answers } of citations) {
      const state = parseQuery(data.flow, serialiseQuery(data.flow, { answers: answers! }));
      const result = rendered(h('div', {}, drawStep(viewFor(data.flow, state), context)));
      const href = `${pageUrlOf(cited.page, lang)}#${cited.section}`;
      const items = result.querySelectorAll(`[data-${kind}="${id}"]`);
      if (items.length !== 1 || items[0]!.querySelectorAll(`a[href="${href}"]`).length !== 1) missing.push(`${kind} ${id}: ${href}`);
    }
    expect(missing).toEqual([]);
  });
});
