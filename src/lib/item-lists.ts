/**
 * One of a pathway's lists as a page shows it: each item's text in the page's language, a link to
 * the section it points to (not when that is where the reader already is), and any note. Pure.
 */
import type { Locale } from './locale';
import { findRoute, routeKey, type Route } from './routes';
import type { ItemListName, Pathway } from '../schemas/pathway';
import { wholePathwayId } from './journey/whole-pathway';

export interface ShownItem {
  text: string;
  href?: string | undefined;
  note?: string | undefined;
}

type Item = Pathway[ItemListName][number] & { creditTransferNote?: { en: string; cy: string }; see?: { page: string; section?: string | undefined } };

/** `withinPage`: on the whole pathway on one page, where every section of the pathway is on the page. */
export function shownItems(pathway: Pathway, list: ItemListName, routes: Route[], lang: Locale, currentUrl: string, withinPage = false): ShownItem[] {
  return (pathway[list] as Item[]).map((item) => {
    const route = item.see && findRoute(routes, routeKey(pathway.id, item.see.page), lang);
    const href = route && (withinPage ? `#${wholePathwayId(item.see!.page, item.see!.section)}` : `${route.url}${item.see?.section ? `#${item.see.section}` : ''}`);
    return {
      text: item.text[lang],
      href: href && href !== `${currentUrl}#${item.see?.section}` ? href : undefined,
      note: item.creditTransferNote?.[lang],
    };
  });
}
