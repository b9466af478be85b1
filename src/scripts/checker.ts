/**
 * The checker in the browser: reads the flow from the page, keeps the answers in the address and
 * draws one step at a time. Every decision comes from the pure engine (src/lib/checker/); this file
 * only wires it to the DOM. Text is set with textContent and attributes with setAttribute: nothing
 * from the address (or anywhere else) is ever parsed as HTML.
 */
import { decide, findQuestion, isValidAnswer, nextOf, nextStep, position, route } from '../lib/checker/engine';
import { CHECK_STEP, START_STEP, ignoredCountKey, parseQuery, serialiseQuery, type CheckerState } from '../lib/checker/url';
import { viewFor } from '../lib/checker/view';
import { sectionKey, type ClientData } from '../lib/checker/client';
import { fill } from '../lib/template';
import { formatNumber } from '../lib/locale';
import { END, type Answers, type FlowQuestion, type SourceRef } from '../lib/checker/types';

type Child = Node | string | false | undefined | null;
type Attrs = Record<string, string | boolean | undefined>;

/** Makes an element; attribute values and text are set through the DOM, never as markup. */
function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children.flat()) if (child) el.append(child);
  return el;
}

export function startChecker(): void {
  const found = document.querySelector<HTMLElement>('[data-checker] [data-checker-view]');
  const dataElement = document.getElementById('checker-data');
  if (!found || !dataElement) return;
  const view: HTMLElement = found;
  const data = JSON.parse(dataElement.textContent ?? '{}') as ClientData;
  const { flow, ui } = data;
  const t = (key: string, values?: Record<string, string | number>) => fill(ui[key] ?? key, values);
  const toggle = document.querySelector<HTMLAnchorElement>('a.language-toggle');
  const toggleBase = toggle?.getAttribute('href')?.split('?')[0];

  // The start page is the page's own HTML, minus the checklist meant for readers without JavaScript.
  view.querySelector('[data-checker-nojs]')?.remove();
  view.querySelector('[data-checker-js]')?.removeAttribute('hidden');
  const startNodes = [...view.childNodes];
  const startLink = view.querySelector('.start-button');

  const href = (answers: Answers, step?: string, fromCheck = false) => {
    const query = serialiseQuery(flow, answers, step, fromCheck);
    return query ? `?${query}` : location.pathname;
  };
  const navLink = (text: string | (string | Node)[], target: string, className?: string) =>
    h('a', { href: target, class: className, 'data-nav': true }, ...(typeof text === 'string' ? [text] : text));
  const sourceLink = (ref: SourceRef) => {
    const section = data.sections[sectionKey(ref)];
    return section && h('p', { class: 'source' }, h('a', { href: section.href }, t('checker-source', { section: section.label })));
  };
  const backLink = (target: string) => navLink(t('checker-back'), target, 'back-link');
  const heading = (text: string, caption?: string) => h('h1', { tabindex: '-1' }, caption && h('span', { class: 'caption' }, caption), text);
  const labelOf = (question: FlowQuestion<string>, value: string) => question.options.find((o) => o.value === value)?.label ?? value;

  /**
   * Says how many parts of the address were ignored and names (by their titles, from the flow)
   * the questions whose answers were not kept. It never repeats anything the address says.
   */
  function notice({ ignoredCount, droppedQuestions }: CheckerState) {
    if (!ignoredCount) return undefined;
    return h(
      'div',
      { class: 'checker-notice', role: 'region', 'aria-labelledby': 'checker-notice-heading', 'data-checker-notice': true },
      h('h2', { id: 'checker-notice-heading' }, t('checker-notice-heading')),
      h('p', {}, t(ignoredCountKey(data.lang, ignoredCount), { count: formatNumber(ignoredCount, data.lang) })),
      droppedQuestions.length > 0 && [
        h('p', {}, t('checker-notice-questions')),
        h('ul', {}, droppedQuestions.map((id) => h('li', { 'data-question': id }, findQuestion(flow, id)?.title))),
      ],
      h('p', {}, t('checker-notice-check')),
    );
  }

  function summaryList(answers: Answers) {
    return h(
      'dl',
      { class: 'summary-list' },
      route(flow, answers).map((question) =>
        h(
          'div',
          {},
          h('dt', {}, question.title),
          h('dd', {}, h('ul', {}, (answers[question.id] ?? []).map((value) => h('li', {}, labelOf(question, value))))),
          h(
            'dd',
            {},
            navLink([t('checker-change'), h('span', { class: 'visually-hidden' }, ` ${question.title}`)], href(answers, question.id, true)),
          ),
        ),
      ),
    );
  }

  function questionView(question: FlowQuestion<string>, state: CheckerState, showError: boolean, chosen: string[]) {
    const { answers } = state;
    const at = position(flow, answers, question.id)!;
    const path = route(flow, answers);
    const previous = path[at.number - 2];
    const back = state.fromCheck ? href(answers, CHECK_STEP) : previous ? href(answers, previous.id) : href(answers, START_STEP);
    const hintId = `${question.id}-hint`;
    const errorId = `${question.id}-error`;
    const firstId = `${question.id}-${question.options[0]!.value}`;
    const multiple = question.kind === 'any';
    const hint = [multiple ? t('checker-select-all') : '', question.hint].filter(Boolean).join(' ');
    const choices = question.options.flatMap((option) => {
      const id = `${question.id}-${option.value}`;
      const input = h('input', {
        type: multiple ? 'checkbox' : 'radio',
        id,
        name: question.id,
        value: option.value,
        checked: chosen.includes(option.value),
        'data-exclusive': option.exclusive ? 'true' : undefined,
      });
      const choice = h('div', { class: 'choice' }, input, h('label', { for: id }, option.label));
      return option.exclusive ? [h('p', { class: 'choice-divider' }, t('checker-or')), choice] : [choice];
    });
    const form = h(
      'form',
      { novalidate: true, 'data-question': question.id },
      showError &&
        h(
          'div',
          { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title' },
          h('h2', { id: 'error-summary-title' }, t('checker-error-summary')),
          h('ul', {}, h('li', {}, h('a', { href: `#${firstId}`, 'data-focus': firstId }, question.error))),
        ),
      h(
        'div',
        { class: showError ? 'form-group has-error' : 'form-group' },
        h(
          'fieldset',
          { 'aria-describedby': [hint && hintId, showError && errorId].filter(Boolean).join(' ') || undefined },
          h('legend', {}, heading(question.title, t('checker-question-n-of-m', { n: at.number, total: at.total }))),
          hint && h('p', { id: hintId, class: 'hint' }, hint),
          showError && h('p', { id: errorId, class: 'error-message' }, h('span', { class: 'visually-hidden' }, `${t('checker-error-prefix')} `), question.error),
          h('div', { class: 'choices' }, choices),
        ),
      ),
      h('button', { type: 'submit' }, t('checker-continue')),
    );
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (!multiple || !target.checked) return;
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${question.id}"]`)) {
        if (input !== target && (target.dataset.exclusive || input.dataset.exclusive)) input.checked = false;
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = new FormData(form as HTMLFormElement).getAll(question.id).map(String);
      if (!isValidAnswer(question, values)) {
        render({ ...state, step: question.id }, 'error', values);
        return;
      }
      const updated = { ...answers, [question.id]: values };
      const after = nextStep(flow, updated);
      const next = nextOf(question, values);
      // After a Change, or at the last question, go to check your answers once all are answered.
      const target =
        after.kind === 'complete' && (state.fromCheck || next === END) ? href(after.answers, CHECK_STEP)
        : after.kind === 'question' && (state.fromCheck || next === END) ? href(updated, after.question.id)
        : href(updated, next);
      go(target);
    });
    return [backLink(back), form];
  }

  function checkView(answers: Answers) {
    const last = route(flow, answers).at(-1)!;
    return [
      backLink(href(answers, last.id)),
      heading(t('checker-check-answers')),
      summaryList(answers),
      navLink(t('checker-see-result'), href(answers), 'button'),
    ];
  }

  function resultView(answers: Answers) {
    const decision = decide(flow, answers)!;
    const notes = decision.notes.filter((note) => note.kind === 'note');
    const nextNotes = decision.notes.filter((note) => note.kind === 'next-step');
    const print = h('button', { type: 'button' }, t('print-page'));
    print.addEventListener('click', () => window.print());
    return [
      backLink(href(answers, CHECK_STEP)),
      h(
        'div',
        { class: 'result', 'data-outcome': decision.outcome.id },
        h('div', { class: 'result-panel' }, heading(decision.outcome.title, t('checker-result-caption'))),
        h('p', {}, decision.outcome.summary),
        h('p', { class: 'inset' }, t('checker-guidance')),
        h('h2', {}, t('checker-why')),
        h('ul', {}, decision.reasons.map((rule) => h('li', { 'data-rule': rule.id }, rule.reason, sourceLink(rule.source)))),
        notes.length > 0 && [
          h('h2', {}, t('checker-notes')),
          h('ul', {}, notes.map((note) => h('li', { 'data-note': note.id }, note.text, sourceLink(note.source)))),
        ],
        h('h2', {}, t('checker-next-steps')),
        h(
          'ul',
          {},
          decision.outcome.nextSteps.map((text) => h('li', {}, text)),
          nextNotes.map((note) => h('li', { 'data-note': note.id }, note.text, sourceLink(note.source))),
        ),
        h('h2', {}, t('checker-your-answers')),
        summaryList(answers),
        h('p', { class: 'checker-actions' }, print, navLink(t('checker-start-again'), location.pathname)),
      ),
    ];
  }

  /** Draws the step the address asks for. `mode`: "load" keeps focus where it is; otherwise it moves to the heading. */
  function render(state: CheckerState, mode: 'load' | 'move' | 'error' = 'move', chosen?: string[]) {
    const shows = viewFor(flow, state);
    let nodes: Node[];
    if (shows.kind === 'start') {
      nodes = startNodes;
      // "Start now" keeps any answers already given (after Back from the first question).
      startLink?.setAttribute('href', href(shows.answers, flow.start));
    } else if (shows.kind === 'question') {
      const { question, fromCheck } = shows;
      nodes = questionView(question, { ...state, fromCheck }, mode === 'error', chosen ?? state.answers[question.id] ?? []);
    } else if (shows.kind === 'check') nodes = checkView(shows.answers);
    else nodes = resultView(shows.answers);
    const canonical = shows.query ? `?${shows.query}` : location.pathname;
    const shown = notice(state);
    view.replaceChildren(...(shown ? [shown] : []), ...nodes);
    // The address always names the step shown, so reload, back/forward and the toggle agree.
    if ((location.search || location.pathname) !== canonical) history.replaceState(null, '', canonical);
    if (toggle && toggleBase) toggle.setAttribute('href', `${toggleBase}${location.search}`);
    const h1 = view.querySelector('h1');
    const errorSummary = view.querySelector<HTMLElement>('.error-summary');
    document.title = `${errorSummary ? `${t('checker-error-prefix')} ` : ''}${h1?.lastChild?.textContent ?? ''} | ${data.siteName}`;
    if (errorSummary) errorSummary.focus();
    else if (mode !== 'load') h1?.focus();
  }

  function go(target: string) {
    history.pushState(null, '', target);
    render(parseQuery(flow, location.search));
  }

  view.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.dataset.focus) {
      event.preventDefault();
      document.getElementById(link.dataset.focus)?.focus();
    } else if (link.hasAttribute('data-nav')) {
      event.preventDefault();
      go(link.getAttribute('href')!);
    }
  });
  addEventListener('popstate', () => render(parseQuery(flow, location.search)));
  render(parseQuery(flow, location.search), 'load');
}
