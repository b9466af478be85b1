import type { Locale } from '../i18n/locale';
import { formatList } from '../i18n/format';
import type { Translate } from '../translate';
import type { Pathway, PathwayLevel } from '../../schemas/pathway';

/** A level as the source names it: "Level 4: Clinical Coding" / "Lefel 4: Codio Clinigol". */
export function levelName(t: Translate, level: Pick<PathwayLevel, 'level' | 'name'>, lang: Locale): string {
  return `${t('level-n', { n: level.level })}: ${level.name[lang]}`;
}

/** The levels of a pathway as words: "Level 4", "Levels 3 and 4". */
export function levelsText(t: Translate, pathway: Pick<Pathway, 'levels'>, lang: Locale): string {
  const numbers = pathway.levels.map((item) => item.level);
  return numbers.length === 1 ? t('level-n', { n: numbers[0]! }) : t('levels-n', { levels: formatList(numbers.map(String), lang) });
}

/**
 * A pathway as the source names it: its one level's name ("Level 4: Clinical Coding"), or the
 * framework's title with its levels ("Levels 3 and 4: Health Informatics").
 */
export function pathwayName(t: Translate, pathway: Pick<Pathway, 'levels' | 'title'>, lang: Locale): string {
  return pathway.levels.length === 1 ? levelName(t, pathway.levels[0]!, lang) : `${levelsText(t, pathway, lang)}: ${pathway.title[lang]}`;
}
