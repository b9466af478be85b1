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

/**
 * Answer options in the order a page shows them: when two or more of them are languages, the
 * page's own comes first (on a Welsh page "Cymraeg", then "Saesneg", then any other option, such
 * as "Either", in its place). Other lists are as written. Only the order shown changes; the values
 * and their order in the content stay as they are.
 */
export function ownLanguageOptionsFirst<T extends { value: string }>(options: readonly T[], lang: Locale): T[] {
  const languages = options.filter((option) => option.value in LOCALE_OF_LANGUAGE);
  if (languages.length < 2) return [...options];
  const order = ownLanguageFirst(
    options.map((option) => option.value),
    lang,
  );
  return order.map((value) => options.find((option) => option.value === value)!);
}
