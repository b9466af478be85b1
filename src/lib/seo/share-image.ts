/**
 * The picture a page shows when it is shared (Open Graph, Twitter card): one per pathway and
 * language, and one per language for the site's own pages. Pure: text in, SVG out; the build turns
 * the SVG into a PNG (src/astro/share-image.ts) with a font it ships, so the bytes are the same on
 * every machine.
 */
import type { Locale } from '../i18n/locale';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** The family name of the font file the build gives the renderer (Noto Sans Bold). */
export const SHARE_IMAGE_FONT = 'Noto Sans';
/** The site's brand colours (src/styles/site.css --brand, --on-brand, --focus). */
const COLOURS = { background: '#005a6f', text: '#ffffff', accent: '#ffdd00' } as const;

export interface ShareImageText {
  /** Small, at the top: the site's name. */
  label: string;
  /** Large: the pathway's (or the site's) name. */
  title: string;
  subtitle: string;
}

/** `owner`: a pathway's id, or SITE_OWNER for the site's own pages. */
export function shareImagePath(owner: string, lang: Locale): string {
  return `/share/${owner}-${lang}.png`;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Words into lines of at most `max` characters (a word longer than that gets a line of its own).
 * Bold Noto Sans averages about 0.6 em a character, so `max` comes from the width and font size.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const MARGIN = 80;
const charsPerLine = (fontSize: number) => Math.floor((SHARE_IMAGE_SIZE.width - 2 * MARGIN) / (fontSize * 0.6));

export function shareImageSvg({ label, title, subtitle }: ShareImageText): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  const titleSize = 84;
  const titleLines = wrap(title, charsPerLine(titleSize)).slice(0, 3);
  const subtitleLines = wrap(subtitle, charsPerLine(44)).slice(0, 2);
  const text = (lines: string[], y: number, size: number, lineHeight: number, colour: string) =>
    lines
      .map((line, i) => `<text x="${MARGIN}" y="${y + i * lineHeight}" font-size="${size}" fill="${colour}">${escapeXml(line)}</text>`)
      .join('');
  const titleTop = 250;
  const subtitleTop = titleTop + titleLines.length * 100 + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SHARE_IMAGE_FONT}" font-weight="700">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
    `<rect x="0" y="${height - 24}" width="${width}" height="24" fill="${COLOURS.accent}"/>`,
    text(wrap(label, charsPerLine(36)).slice(0, 2), 120, 36, 48, COLOURS.text),
    text(titleLines, titleTop, titleSize, 100, COLOURS.text),
    text(subtitleLines, subtitleTop, 44, 58, COLOURS.text),
    '</svg>',
  ].join('');
}

/** Open Graph's names for the site's languages. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', cy: 'cy_GB' };
