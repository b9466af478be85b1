/**
 * The search aliases and the glossary's names, resolved to the pages and sections where the
 * indexer adds them (src/lib/search-aliases.ts). Read and removed by the search-index integration:
 * it is never served.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../astro/load-content';
import { findRoute, routeKey, SITE_GROUP } from '../lib/routes';
import { searchWordPlaces } from '../lib/search-aliases';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  // Every term and section named exists: load-content stops the build otherwise.
  const url = (group: string, page: string, lang: 'en' | 'cy') => findRoute(content.routes, routeKey(group, page), lang)!.url;
  const places = searchWordPlaces({
    aliases: content.searchAliases,
    glossary: content.glossary,
    glossaryUrl: (lang) => url(SITE_GROUP, 'glossary', lang),
    pageUrl: url,
  });
  return new Response(JSON.stringify(places));
};
