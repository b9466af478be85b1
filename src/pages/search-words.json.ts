/**
 * The search aliases and the glossary's names, resolved to the pages and sections where the
 * indexer adds them (src/astro/search-words.ts). Read and removed by the search-index
 * integration: it is never served.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../astro/load-content';
import { searchWordsOf } from '../astro/search-words';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchWordsOf(await loadContent())));
