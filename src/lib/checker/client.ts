/**
 * What the checker page hands to its browser script: the flow with every text resolved to the
 * page's language, the links to pathway sections, and the interface strings. Pure.
 */
import type { Locale } from '../i18n/locale';
import type { Localised } from '../../schemas/localised';
import type { CheckerFlow } from '../../schemas/checker';
import type { Flow, WithText } from './types';
import type { SectionRef } from '../../schemas/section-ref';
import type { Strings, Translate } from '../i18n/translate';
import { isSitePath } from '../routing/same-site';
import { locales } from '../i18n/locale';

export interface SectionLink {
  href: string;
  label: string;
}

export interface ClientData {
  lang: Locale;
  flow: Flow;
  /** `page#section` → where it is and what it is called, in the page's language. */
  sections: Record<string, SectionLink>;
  /** Interface string templates ("Question {n} of {total}"), in the page's language. */
  ui: Strings;
  siteName: string;
  /** Where apprenticeship vacancies are published (content/site/site.yaml). */
  vacancies: string;
}

/** The checker's data file, beside its page: the page's address, then this (`${route.url}${CHECKER_DATA_FILE}`). */
export const CHECKER_DATA_FILE = 'flow.json';

export const sectionKey = (ref: SectionRef): string => `${ref.page}#${ref.section}`;

const isLocalised = (value: object): value is Localised =>
  Object.keys(value).length === 2 &&
  typeof (value as { en?: unknown }).en === 'string' &&
  typeof (value as { cy?: unknown }).cy === 'string';

/** Every { en, cy } pair of `value` with each language's text passed through `fill`; the structure is kept. */
export function mapTexts<T>(value: T, fill: (text: string, lang: Locale) => string): T {
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, fill)) as T;
  if (value && typeof value === 'object') {
    if (isLocalised(value)) return { en: fill(value.en, 'en'), cy: fill(value.cy, 'cy') } as T;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTexts(item, fill)])) as T;
  }
  return value;
}

/** Replaces every { en, cy } pair with its text in `lang`; the structure is kept. */
export function localise<T>(value: T, lang: Locale): WithText<T, string> {
  if (Array.isArray(value)) return value.map((item) => localise(item, lang)) as WithText<T, string>;
  if (value && typeof value === 'object') {
    if (isLocalised(value)) return value[lang] as WithText<T, string>;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localise(item, lang)])) as WithText<T, string>;
  }
  return value as WithText<T, string>;
}

export function clientData(input: {
  flow: CheckerFlow;
  lang: Locale;
  sections: Record<string, SectionLink>;
  t: Translate;
  siteName: string;
  vacancies: string;
}): ClientData {
  const { slug: _slug, ...flow } = input.flow;
  // The strings the checker's steps use: its own, and the print button's.
  const ui = input.t.pick('checker-', 'print-page', 'count-address-part-', 'vacancies-');
  return {
    lang: input.lang,
    flow: localise(flow, input.lang),
    sections: input.sections,
    ui,
    siteName: input.siteName,
    vacancies: input.vacancies,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isArrayOfRecords = (value: unknown) => Array.isArray(value) && value.every(isRecord);

/**
 * The checker's data as the browser fetched it, if it has the shape the checker needs and every
 * section link stays on this site; otherwise undefined, and the page keeps its checklist. The
 * build made the file, but a partial deploy, a stale cache or a tampered copy may not be it.
 */
export function readClientData(value: unknown): ClientData | undefined {
  if (!isRecord(value) || !isRecord(value.flow) || !isRecord(value.sections) || !isRecord(value.ui)) return undefined;
  if (!(locales as readonly unknown[]).includes(value.lang) || typeof value.siteName !== 'string') return undefined;
  if (typeof value.vacancies !== 'string' || !value.vacancies.startsWith('https://')) return undefined;
  const { flow, sections, ui } = value;
  if (!['questions', 'outcomes', 'rules', 'notes'].every((key) => isArrayOfRecords(flow[key])) || typeof flow.start !== 'string')
    return undefined;
  if (!Object.values(ui).every((text) => typeof text === 'string')) return undefined;
  if (!Object.values(sections).every((link) => isRecord(link) && isSitePath(link.href) && typeof link.label === 'string')) return undefined;
  return value as unknown as ClientData;
}
