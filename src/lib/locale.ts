/** The site's languages, and the facts about them that code needs. Pure: no Astro, no DOM. */
export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { en: 'en-GB', cy: 'cy' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'en' ? 'cy' : 'en';
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Which form of "n things" a language uses: English has one and other; Welsh six (0, 1, 2, 3, 6, other). */
export function pluralCategory(lang: Locale, count: number): PluralCategory {
  return new Intl.PluralRules(htmlLang[lang]).select(count) as PluralCategory;
}

/** The languages content names ("english", "welsh"), as the site's locales. */
const LOCALE_OF_LANGUAGE: Readonly<Record<string, Locale>> = { english: 'en', welsh: 'cy' };

/**
 * A list of languages with the page's own first: "Cymraeg a Saesneg" on a Welsh page, as the
 * Welsh Language Standards expect; otherwise the order is kept.
 */
export function ownLanguageFirst<T extends string>(languages: readonly T[], lang: Locale): T[] {
  const own = languages.filter((language) => LOCALE_OF_LANGUAGE[language] === lang);
  return [...own, ...languages.filter((language) => !own.includes(language))];
}
