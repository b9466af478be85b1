/**
 * The pathway as a page names and lists it: a level's or the pathway's name as the source gives it
 * ("Level 4: Clinical Coding"), and one of its lists, each item's text in the page's language, a
 * link to the section it points to (not when that is where the reader already is) and any note. A
 * list the pathway does not give is one line saying so. Pure.
 */
import type { Locale } from '../i18n/locale';
import { formatList } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import { findRoute, routeKey, type Route } from '../routing/routes';
import { levelListNames, type ItemListName, type Pathway, type PathwayLevel } from '../../schemas/pathway';
import type { Unstated } from '../../schemas/unstated';
import { wholePathwayId } from '../journey/whole-pathway';

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

export interface ShownItem {
  text: string;
  href?: string | undefined;
  note?: string | undefined;
}

interface Item {
  id: string;
  text: { en: string; cy: string };
  creditTransferNote?: { en: string; cy: string } | undefined;
  see?: { page: string; section?: string | undefined } | undefined;
}

export function isLevelList(list: ItemListName): list is (typeof levelListNames)[number] {
  return (levelListNames as readonly string[]).includes(list);
}

/** The list's items, or why the pathway gives none: a level's list comes from `level`. */
export function listItems(pathway: Pathway, list: ItemListName, level: PathwayLevel | undefined): Item[] | Unstated {
  if (isLevelList(list)) {
    if (!level) throw new Error(`${list} is a list of one level`);
    return level[list] as Item[] | Unstated;
  }
  return pathway[list] as Item[] | Unstated;
}

/** `withinPage`: on the whole pathway on one page, where every section of the pathway is on the page. */
export function shownItems(
  pathway: Pathway,
  items: Item[],
  routes: Route[],
  lang: Locale,
  currentUrl: string,
  withinPage = false,
): ShownItem[] {
  return items.map((item) => {
    const route = item.see && findRoute(routes, routeKey(pathway.id, item.see.page), lang);
    const href =
      route &&
      (withinPage
        ? `#${wholePathwayId(item.see!.page, item.see!.section)}`
        : `${route.url}${item.see?.section ? `#${item.see.section}` : ''}`);
    return {
      text: item.text[lang],
      href: href && href !== `${currentUrl}#${item.see?.section}` ? href : undefined,
      note: item.creditTransferNote?.[lang],
    };
  });
}
