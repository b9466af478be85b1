/**
 * The journey pages as built, in both languages: every step and answer links to a section that
 * exists, with the facts from the data; each pathway page says which step it is part of and links
 * to the whole pathway; the whole pathway on one page has every page in reading order, ids unique
 * and links within it leading within it; and every page carries, for paper, the site's name, its
 * full address and its dates. Expected values come from the content, never copied here.
 */
import { describe, expect, it } from 'vitest';
import { content, t } from '../support/content';
import { pageAt, parsedPages, siteUrl } from '../support/site-pages';
import { visibleText } from '../support/html';
import { findPage } from '../../src/astro/load-content';
import {
  findRoute,
  pathwayRoutes,
  routeKey,
  CHECKER_PAGE_ID,
  QUESTIONS_PAGE_ID,
  STEPS_PAGE_ID,
  WHOLE_PATHWAY_PAGE_ID,
} from '../../src/lib/routing/routes';
import { numberSteps, stepForPage } from '../../src/lib/journey/pages';
import { wholePathwayId } from '../../src/lib/journey/whole-pathway';
import { withFacts } from '../../src/lib/pathway/facts';
import { formatDate } from '../../src/lib/i18n/format';
import { locales, type Locale } from '../../src/lib/i18n/locale';
import { pathwayMeta } from '../../src/astro/load-content';

const { routes } = content;
const cases = content.pathways.flatMap((pathway) => locales.map((lang) => [pathway.id, lang, pathway] as const));
const sectionUrl = (owner: string, ref: { page: string; section: string }, lang: Locale) =>
  `${findRoute(routes, routeKey(owner, ref.page), lang)!.url}#${ref.section}`;
const hasId = (url: string) => {
  const [path, id] = url.split('#');
  return pageAt(path!).doc.querySelector(`[id="${id}"]`) !== null;
};

describe.each(cases)('the step by step of %s (%s)', (id, lang, pathway) => {
  const steps = content.steps.get(id);
  const route = findRoute(routes, routeKey(id, STEPS_PAGE_ID), lang);
  it.runIf(steps)(
    'shows every step, numbered or joined with "and"/"or", its summary with the facts filled, linking to each section it comes from',
    () => {
      const page = pageAt(route!.url);
      for (const { step, number, logic } of numberSteps(steps!.steps)) {
        const item = page.doc.querySelector(`li#${step.id}`);
        expect(item, step.id).not.toBeNull();
        expect(visibleText(item!.querySelector('.step-nav-label'))).toBe(logic ? t[lang](`step-logic-${logic}`) : String(number));
        // A screen reader hears a whole phrase, never a lone letter ("a:").
        expect(visibleText(item!.querySelector('.step-nav-title .visually-hidden'))).toBe(
          `${logic ? t[lang](`step-joined-${logic}`) : t[lang]('step-n', { n: number })}:`,
        );
        expect(visibleText(item)).toContain(withFacts(step.summary[lang], pathway, lang, t[lang].template));
        const hrefs = item!.querySelectorAll('details a').map((a) => a.getAttribute('href'));
        for (const source of step.sources) {
          const url = sectionUrl(id, source, lang);
          expect(hrefs, `${step.id} → ${source.page}#${source.section}`).toContain(url);
          expect(hasId(url), url).toBe(true);
        }
      }
    },
  );

  it.runIf(steps)("folds each step's sources in a native <details>, and shows what the step asks you to do in the step itself", () => {
    const page = pageAt(route!.url);
    expect(page.doc.querySelectorAll('li.step-nav-step details > summary')).toHaveLength(steps!.steps.length);
    for (const step of steps!.steps) {
      const action = page.doc.querySelector(`li#${step.id} > .step-nav-action a`);
      if (step.checker) expect(action?.getAttribute('href'), step.id).toBe(findRoute(routes, routeKey(id, CHECKER_PAGE_ID), lang)!.url);
      else if (step.vacancies) expect(action?.getAttribute('href'), step.id).toBe(content.site.vacancies[lang]);
      else expect(action, step.id).toBeNull();
    }
  });
});

describe.each(cases)('the questions people ask about %s (%s)', (id, lang, pathway) => {
  const questions = content.questions.get(id);
  it.runIf(questions)('answers each question with the facts filled, linking to each section the answer comes from', () => {
    const page = pageAt(findRoute(routes, routeKey(id, QUESTIONS_PAGE_ID), lang)!.url);
    for (const q of questions!.questions) {
      const section = page.doc.querySelector(`h2#${q.id}`)?.parentNode;
      expect(section, q.id).toBeTruthy();
      expect(visibleText(section!.querySelector('h2'))).toBe(q.question[lang]);
      for (const paragraph of q.answer) expect(visibleText(section)).toContain(withFacts(paragraph[lang], pathway, lang, t[lang].template));
      const hrefs = section!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const source of q.sources) {
        const url = sectionUrl(id, source, lang);
        expect(hrefs, `${q.id} → ${url}`).toContain(url);
        expect(hasId(url), url).toBe(true);
      }
    }
  });
});

describe.each(cases)('each page of %s (%s)', (id, lang, pathway) => {
  const steps = content.steps.get(id);
  const whole = findRoute(routes, routeKey(id, WHOLE_PATHWAY_PAGE_ID), lang)!;
  it('says which step of the step by step it is part of, and links to the whole pathway on one page', () => {
    for (const route of pathwayRoutes(routes, pathwayMeta(pathway), lang)) {
      const page = pageAt(route.url);
      expect(
        page.doc.querySelectorAll('main a').map((a) => a.getAttribute('href')),
        route.url,
      ).toContain(whole.url);
      if (!steps) continue;
      const partOf = page.doc.querySelector('nav.part-of');
      expect(partOf, route.url).not.toBeNull();
      const step = stepForPage(steps.steps, route.pageId);
      const stepsUrl = findRoute(routes, routeKey(id, STEPS_PAGE_ID), lang)!.url;
      const links = partOf!.querySelectorAll('a').map((a) => [a.getAttribute('href'), visibleText(a)]);
      expect(links[0]).toEqual([stepsUrl, steps.title[lang]]);
      if (step)
        expect(links[1]).toEqual([`${stepsUrl}#${step.step.id}`, `${t[lang]('step-n', { n: step.number })}: ${step.step.title[lang]}`]);
      else expect(links).toHaveLength(1);
    }
  });
});

describe.each(cases)('the whole %s pathway on one page (%s)', (id, lang, pathway) => {
  const route = findRoute(routes, routeKey(id, WHOLE_PATHWAY_PAGE_ID), lang)!;
  const page = () => pageAt(route.url);
  const pages = pathwayRoutes(routes, pathwayMeta(pathway), lang);

  it('holds every page of the pathway in reading order, each title an h2 and its sections a level below', () => {
    const titles = page().doc.querySelectorAll('main section.whole-pathway-page > h2');
    expect(titles.map((h) => [h.id, visibleText(h)])).toEqual(
      pages.map((r) => [r.pageId, findPage(content, id, r.pageId, lang)!.entry.data.title]),
    );
    expect(page().doc.querySelectorAll('main h1')).toHaveLength(1);
    for (const r of pages) {
      for (const section of findPage(content, id, r.pageId, lang)!.sections) {
        expect(page().doc.querySelector(`[id="${wholePathwayId(r.pageId, section.id)}"]`)?.tagName, `${r.pageId}#${section.id}`).toMatch(
          /^H[3-6]$/,
        );
      }
    }
  });

  it('has no id twice', () => {
    const ids = page()
      .doc.querySelectorAll('[id]')
      .map((element) => element.id);
    expect(ids.filter((value, index) => ids.indexOf(value) !== index)).toEqual([]);
  });

  it("links within the page for the pathway's own pages, and every such link finds its target", () => {
    const hrefs = page()
      .doc.querySelectorAll('main article a')
      .map((a) => a.getAttribute('href')!);
    const toPathwayPages = hrefs.filter((href) => pages.some((r) => href.split('#')[0] === r.url));
    expect(toPathwayPages).toEqual([]);
    const within = hrefs.filter((href) => href.startsWith('#'));
    expect(within.length).toBeGreaterThan(pages.length);
    for (const href of within) expect(page().doc.querySelector(`[id="${href.slice(1)}"]`), href).not.toBeNull();
  });

  it('says on paper which part of the page a link within it leads to', () => {
    const links = page().doc.querySelectorAll('main article section a[href^="#"]');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links.filter((a) => a.hasAttribute('data-print-see'))) {
      const target = page().doc.querySelector(`[id="${link.getAttribute('href')!.slice(1)}"]`)!;
      expect(link.getAttribute('data-print-see')).toBe(t[lang]('print-see-section', { section: visibleText(target) }));
    }
  });
});

describe('on paper, every page of a single language', () => {
  it("carries the site's name, its full address and when it was last updated, and a pathway page its revision date", () => {
    const pages = parsedPages().filter((p) => p.route);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const lang = page.route!.lang;
      const block = page.doc.querySelector('main .print-only');
      expect(block, page.url).not.toBeNull();
      const text = visibleText(block);
      expect(text).toContain(content.site.name[lang]);
      expect(text).toContain(new URL(page.url, siteUrl).href);
      const pathway = content.pathways.find((p) => p.id === page.route!.owner);
      expect(text).toContain(`${t[lang]('last-updated')}: ${formatDate(pathway?.revisionDate ?? content.site.lastReviewed, lang)}`);
      if (pathway) expect(text).toContain(`${t[lang]('print-revised')}: ${formatDate(pathway.revisionDate, lang)}`);
    }
  });
});
