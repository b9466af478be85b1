/**
 * What the checker page hands to its browser script: the flow with every text resolved to the
 * page's language, the links to pathway sections, and the interface strings. Pure.
 */
import type { Locale } from '../locale';
import type { Flow, SourceRef } from './types';

export interface SectionLink {
  href: string;
  label: string;
}

export interface ClientData {
  pathway: string;
  lang: Locale;
  flow: Flow<string>;
  /** `page#section` → where it is and what it is called, in the page's language. */
  sections: Record<string, SectionLink>;
  /** Interface string templates ("Question {n} of {total}"), in the page's language. */
  ui: Record<string, string>;
  siteName: string;
}

export const sectionKey = (ref: SourceRef): string => `${ref.page}#${ref.section}`;

const isLocalized = (value: object): value is { en: string; cy: string } =>
  Object.keys(value).length === 2 && typeof (value as { en?: unknown }).en === 'string' && typeof (value as { cy?: unknown }).cy === 'string';

/** Replaces every { en, cy } pair in a flow with its text in `lang`; the structure is kept. */
export function localize<T>(value: T, lang: Locale): Localize<T> {
  if (Array.isArray(value)) return value.map((item) => localize(item, lang)) as Localize<T>;
  if (value && typeof value === 'object') {
    if (isLocalized(value)) return value[lang] as Localize<T>;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localize(item, lang)])) as Localize<T>;
  }
  return value as Localize<T>;
}

type Localize<T> = T extends { en: string; cy: string }
  ? string
  : T extends (infer U)[]
    ? Localize<U>[]
    : T extends object
      ? { [K in keyof T]: Localize<T[K]> }
      : T;
