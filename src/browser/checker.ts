/**
 * The checker in the browser, once the reader needs it (src/browser/checker-loader.ts): keeps the
 * answers in the address and draws one step at a time. Which step, and where its links and
 * Continue lead, come from the pure engine (src/lib/checker/view.ts); what a step looks like,
 * from src/components/checker/. This file only wires them to the DOM, where nothing (from the
 * address or anywhere else) is parsed as HTML.
 */
import { parseQuery, serialiseQuery, type Place } from '../lib/checker/url';
import { afterSubmit, placeAnswered, viewFor, type CheckerView } from '../lib/checker/view';
import { readClientData, sectionKey } from '../lib/checker/client';
import { drawStep } from '../components/checker/step';
import type { StepContext } from '../components/checker/parts';
import { toDom } from '../components/patterns/to-dom';
import { wireExclusiveChoices } from '../components/patterns/choices/behaviour';
import { wireErrorSummaries } from '../components/patterns/error-summary/behaviour';
import { translatorFrom } from '../lib/i18n/translate';

/** Goes to a place in the checker, as following one of its links would. */
export type Navigate = (target: string) => void;

/**
 * Takes over the checker's view with its data (src/browser/checker-loader.ts fetches it): draws the step
 * the address names, then follows the reader. Returns how to go somewhere, as a link in the checker does;
 * nothing, with the page left as it was, when the data is not what the checker needs.
 */
export function startChecker(checker: HTMLElement, fetched: unknown): Navigate | undefined {
  const root = checker.querySelector<HTMLElement>('[data-checker-view]');
  const checked = readClientData(fetched);
  if (!root || !checked) return undefined;
  const data = checked;
  // A name of its own, so that the functions below see it as found.
  const view: HTMLElement = root;
  const { flow } = data;
  const toggles = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-toggle]')];
  const toggleBase = toggles[0]?.getAttribute('href')?.split('?')[0];
  // The page's own path, from its canonical link: never `location.pathname`, which may be "//en/…".
  const pagePath = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).pathname;
  const href = (place: Place) => {
    const query = serialiseQuery(flow, place);
    return query ? `?${query}` : pagePath;
  };
  const context: StepContext = {
    lang: data.lang,
    t: translatorFrom(data.ui),
    href,
    section: (ref) => data.sections[sectionKey(ref)],
    vacancies: data.vacancies,
  };
  const state = () => parseQuery(flow, location.search);
  // Drawn once aside before anything on the page changes: data the checker cannot draw leaves the
  // page as it was, checklist and all.
  try {
    drawStep(viewFor(flow, state()), context).map(toDom);
  } catch {
    return undefined;
  }

  // The start page is the page's own HTML, minus the checklist meant for readers without JavaScript.
  view.querySelector('[data-checker-nojs]')?.remove();
  const startNodes = [...view.childNodes];
  const startLink = view.querySelector('.start-button');

  /** Draws a step; focus moves to its error summary or, unless the page has just loaded, its heading. */
  function show(step: CheckerView, moveFocus = true) {
    const nodes = drawStep(step, context).map(toDom);
    // The start page already on screen is left as it is: drawing it again would repaint the page
    // after the script ran and make that its largest contentful paint.
    const startAsShown =
      step.kind === 'start' &&
      nodes.length === 0 &&
      view.childNodes.length === startNodes.length &&
      startNodes.every((node, i) => view.childNodes[i] === node);
    if (step.kind === 'start') {
      startLink?.setAttribute('href', href(step.start));
      nodes.push(...startNodes);
    }
    if (!startAsShown) view.replaceChildren(...nodes);
    // The address always names the step shown, so reload, back/forward and the toggle agree.
    const canonical = step.query ? `?${step.query}` : pagePath;
    if ((location.search || location.pathname) !== canonical) history.replaceState(null, '', canonical);
    if (toggleBase) for (const toggle of toggles) toggle.setAttribute('href', `${toggleBase}${location.search}`);
    const h1 = view.querySelector('h1');
    const errorSummary = view.querySelector<HTMLElement>('.error-summary');
    document.title = `${errorSummary ? `${context.t('checker-error-prefix')} ` : ''}${h1?.lastChild?.textContent ?? ''} | ${data.siteName}`;
    if (errorSummary) errorSummary.focus();
    else if (moveFocus) h1?.focus();
  }

  function go(target: string) {
    history.pushState(null, '', target);
    show(viewFor(flow, state()));
  }

  wireExclusiveChoices(view);
  wireErrorSummaries(view);
  view.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    const questionId = form.dataset.question;
    if (!questionId) return;
    event.preventDefault();
    const before = state();
    const next = afterSubmit(flow, before, questionId, new FormData(form).getAll(questionId).map(String));
    if (next.kind === 'error') show(next.view);
    else {
      // The question just answered keeps its answer in the history, for the browser's Back.
      history.replaceState(null, '', href(placeAnswered(before, questionId, next.to)));
      go(href(next.to));
    }
  });
  view.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('a[data-nav], button[data-print]');
    if (!target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (target.hasAttribute('data-print')) print();
    else go(target.getAttribute('href')!);
  });
  addEventListener('popstate', () => show(viewFor(flow, state())));
  // The result's folded notes and answers print open, however printing starts, then fold again.
  let openedForPrint: Element[] = [];
  addEventListener('beforeprint', () => {
    openedForPrint = [...view.querySelectorAll('details:not([open])')];
    for (const details of openedForPrint) details.setAttribute('open', '');
  });
  addEventListener('afterprint', () => {
    for (const details of openedForPrint) details.removeAttribute('open');
  });
  show(viewFor(flow, state()), false);
  checker.dataset.checkerReady = '';
  return go;
}
