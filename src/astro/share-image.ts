/**
 * Turns a share image's SVG (src/lib/seo/share-image.ts) into a PNG with resvg, with the Noto Sans
 * font file from npm and no system font, so that every machine makes the same bytes offline.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { SHARE_IMAGE_FONT } from '../lib/seo/share-image';

const fontFile = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/** Drawn off the main thread (resvg's own), so the build renders pages meanwhile. */
export async function renderPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: SHARE_IMAGE_FONT } });
  return image.asPng();
}
