/** The site's search aliases and glossary names, resolved to the pages where the indexer adds them. */
import { findRoute, routeKey, QUESTIONS_PAGE_ID, SITE_OWNER } from '../lib/routing/routes';
import { searchWordPlaces, type SearchWordsPlace } from '../lib/search/aliases';
import type { Locale } from '../lib/i18n/locale';
import type { LoadedContent } from './load-content';

export function searchWordsOf(content: LoadedContent): SearchWordsPlace[] {
  // Every term, section and question named exists: load-content stops the build otherwise.
  const url = (owner: string, page: string, lang: Locale) => findRoute(content.routes, routeKey(owner, page), lang)!.url;
  return searchWordPlaces({
    aliases: content.searchAliases,
    glossary: content.glossary,
    glossaryUrl: (lang) => url(SITE_OWNER, 'glossary', lang),
    pageUrl: url,
    questionsUrl: (pathway, lang) => url(pathway, QUESTIONS_PAGE_ID, lang),
  });
}
