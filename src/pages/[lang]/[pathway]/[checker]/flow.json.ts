/**
 * The data a checker page's script runs the questions from, beside the page
 * (/en/clinical-coding/check/flow.json): kept out of the page's HTML, so the page paints as soon as a content page does.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, pathsFor } from '../../../../astro/load-content';
import { checkerData } from '../../../../astro/checker-data';
import { jsonResponse } from '../../../../astro/responses';
import type { RouteProps } from '../../../../astro/page-context';

export const getStaticPaths = (() => pathsFor('checker')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { route } = props as RouteProps;
  const content = await loadContent();
  const pathway = content.pathways.find((p) => p.id === route.owner)!;
  return jsonResponse(JSON.stringify(checkerData(content, pathway, content.checkers.get(pathway.id)!, route.lang)));
};
