import type { APIRoute } from 'astro';
import { loadContent } from '../astro/load-content';
import { sitemapEntries, sitemapXml } from '../lib/seo/sitemap';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(sitemapEntries((await loadContent()).routes, site!)), { headers: { 'Content-Type': 'application/xml' } });
