import type { Locale } from './locale';
import type { Localized } from '../schemas/localized';
import type { Translate } from './translate';

/** A pathway as the source names it: "Level 4: Clinical Coding" / "Lefel 4: Codio Clinigol". */
export function pathwayName(t: Translate, pathway: { level: number; title: Localized }, lang: Locale): string {
  return `${t('level-n', { n: pathway.level })}: ${pathway.title[lang]}`;
}
