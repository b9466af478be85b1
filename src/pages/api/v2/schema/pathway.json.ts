import type { APIRoute } from 'astro';
import { loadContent } from '../../../../astro/load-content';
import { fieldDescriber } from '../../../../astro/open-data';
import { jsonResponse } from '../../../../astro/responses';
import { jsonFile, pathwayJsonSchema } from '../../../../lib/open-data';

export const GET: APIRoute = async ({ site }) => jsonResponse(jsonFile(pathwayJsonSchema(site!, fieldDescriber(await loadContent()))));
