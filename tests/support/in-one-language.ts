/**
 * For a browser behaviour the page's script has whatever the language: defines the test in one
 * language only, the language `only` names, when called inside a loop over both. Tests use it in
 * turns, so each language has its share; each language's words are proved where they are made.
 */
import type { Locale } from '../../src/lib/i18n/locale';

export function inOneLanguage(only: Locale, lang: Locale, define: () => void): void {
  if (lang === only) define();
}
