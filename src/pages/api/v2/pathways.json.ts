import type { APIRoute } from 'astro';
import { loadContent } from '../../../astro/load-content';
import { openDataInputs } from '../../../astro/open-data';
import { jsonResponse } from '../../../astro/responses';
import { jsonFile, pathwayIndex } from '../../../lib/open-data/documents';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent();
  return jsonResponse(jsonFile(pathwayIndex(content.pathways, openDataInputs(content, site))));
};
