import type { APIRoute } from 'astro';
import { loadContent } from '../../../../astro/load-content';
import { fieldDescriber, jsonResponse } from '../../../../astro/open-data';
import { indexJsonSchema, jsonFile } from '../../../../lib/open-data/documents';

export const GET: APIRoute = async ({ site }) => jsonResponse(jsonFile(indexJsonSchema(site!, fieldDescriber(await loadContent()))));
