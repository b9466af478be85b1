/**
 * One of a pathway's lists as a page shows it: each item's text in the page's language, a link to
 * the section it points to (not when that is where the reader already is), and any note. A list
 * the pathway does not give is one line saying so. Pure.
 */
import type { Locale } from '../i18n/locale';
import { findRoute, routeKey, type Route } from '../routes';
import { levelListNames, type ItemListName, type Pathway, type PathwayLevel } from '../../schemas/pathway';
import type { Unstated } from '../../schemas/unstated';
import { wholePathwayId } from '../journey/whole-pathway';

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
export function shownItems(pathway: Pathway, items: Item[], routes: Route[], lang: Locale, currentUrl: string, withinPage = false): ShownItem[] {
  return items.map((item) => {
    const route = item.see && findRoute(routes, routeKey(pathway.id, item.see.page), lang);
    const href = route && (withinPage ? `#${wholePathwayId(item.see!.page, item.see!.section)}` : `${route.url}${item.see?.section ? `#${item.see.section}` : ''}`);
    return {
      text: item.text[lang],
      href: href && href !== `${currentUrl}#${item.see?.section}` ? href : undefined,
      note: item.creditTransferNote?.[lang],
    };
  });
}

