import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../../astro/load-content';
import { openDataInputs } from '../../../../astro/open-data';
import { jsonResponse } from '../../../../astro/responses';
import { jsonFile, pathwayDocument } from '../../../../lib/open-data/documents';

export const getStaticPaths = (async () =>
  (await loadContent()).pathways.map((pathway) => ({ params: { id: pathway.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const content = await loadContent();
  const pathway = content.pathways.find((p) => p.id === params.id)!;
  return jsonResponse(jsonFile(pathwayDocument(pathway, openDataInputs(content, site))));
};
