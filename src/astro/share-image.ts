/**
 * Turns a share image's SVG (src/lib/share-image.ts) into a PNG with resvg, with the Noto Sans
 * font file from npm and no system font, so that every machine makes the same bytes offline.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { SHARE_IMAGE_FONT } from '../lib/share-image';

const fontFile = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: SHARE_IMAGE_FONT } });
  return resvg.render().asPng();
}
