/** What every step of the checker draws with: its context, links it follows itself, the heading and the answers. */
import { h, type Element } from '../patterns/element';
import { backLink } from '../patterns/back-link/back-link';
import { summaryList } from '../patterns/summary-list/summary-list';
import type { Place } from '../../lib/checker/url';
import type { Locale } from '../../lib/i18n/locale';
import type { TemplateValues } from '../../lib/i18n/template';
import type { SectionLink } from '../../lib/checker/client';
import type { SectionRef } from '../../schemas/section-ref';
import type { AnswerRow } from '../../lib/checker/view';

export interface StepContext {
  lang: Locale;
  /** An interface string (content/site/ui/checker.yaml), filled. */
  t: (key: string, values?: TemplateValues) => string;
  /** The address of a place in the checker. */
  href: (place: Place) => string;
  section: (ref: SectionRef) => SectionLink | undefined;
  /** Where apprenticeship vacancies are published, another site. */
  vacancies: string;
}

/** Marks the links the script follows itself, drawing the next step without loading the page. */
const NAV = { 'data-nav': true };

export const navLink = (text: string, href: string, className?: string): Element => h('a', { href, class: className, ...NAV }, text);

export const back = (place: Place, { t, href }: StepContext): Element =>
  backLink({ href: href(place), text: t('checker-back'), attrs: NAV });

/** The step's heading, focused when the step is drawn; the caption ("Question 2 of 6") comes first. */
export const heading = (text: string, caption?: string): Element =>
  h('h1', { tabindex: '-1' }, caption && h('span', { class: 'caption' }, caption), text);

export function answersList(rows: AnswerRow<string>[], { t, href }: StepContext): Element {
  return summaryList({
    rows: rows.map(({ question, labels, change }) => ({
      key: question.title,
      values: labels,
      action: { href: href(change), text: t('checker-change'), hiddenText: question.title, attrs: NAV },
    })),
  });
}
