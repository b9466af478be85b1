/**
 * The site's icon, drawn at build time from its SVG (public/favicon.svg, also served as it is).
 * A PNG, because Chromium opens an SVG icon as a document of its own on the page's main thread, a task as long
 * as laying out the page; a PNG is decoded off it.
 */
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import svg from '../../public/favicon.svg?raw';

/**
 * A tab's icon (16 pixels) sharp at three device pixels per pixel, and small (about 600 bytes):
 * Chromium fetches the icon again each time a page changes its address (search, the checker).
 */
const SIZE = 48;

export const GET: APIRoute = () =>
  new Response(new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: SIZE } }).render().asPng()), {
    headers: { 'Content-Type': 'image/png' },
  });
