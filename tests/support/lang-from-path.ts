/** The language a built page's address is in, from its first folder ("/cy/geirfa/" → "cy"); none for "/" and the bilingual pages. */
import { locales, type Locale } from '../../src/lib/i18n/locale';

export function langFromPath(path: string): Locale | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : undefined;
}
