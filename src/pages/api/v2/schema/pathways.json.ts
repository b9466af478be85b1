import type { APIRoute } from 'astro';
import { loadContent } from '../../../../astro/load-content';
import { fieldDescriber } from '../../../../astro/open-data';
import { jsonResponse } from '../../../../astro/responses';
import { jsonFile } from '../../../../lib/open-data/documents';
import { indexJsonSchema } from '../../../../lib/open-data/fields';

export const GET: APIRoute = async ({ site }) => jsonResponse(jsonFile(indexJsonSchema(site!, fieldDescriber(await loadContent()))));
