import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../astro/load-content';
import { renderPng } from '../../astro/share-image';

export const getStaticPaths = (async () =>
  [...(await loadContent()).shareImages.values()].map(({ path, text }) => ({
    params: { image: path.replace(/^\/share\/|\.png$/g, '') },
    props: { text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderPng(props.text)), { headers: { 'Content-Type': 'image/png' } });
