/** Every share image the site has, with its text in its language, from the loaded content. */
import type { LoadedContent } from './load-content';
import { locales, type Locale } from '../lib/i18n/locale';
import { shareImagePath, shareImageSvg, SITE_SHARE_GROUP, type ShareImageText } from '../lib/share-image';
import { translator } from '../lib/translate';
import { levelsText } from '../lib/pathway/display';

export interface ShareImage {
  path: string;
  lang: Locale;
  /** What the picture says, for its alt text. */
  alt: string;
  /** The SVG to render. */
  text: string;
}

function image(group: string, lang: Locale, words: ShareImageText): ShareImage {
  return { path: shareImagePath(group, lang), lang, alt: `${words.title}: ${words.subtitle}`, text: shareImageSvg(words) };
}

export function shareImageContent(content: LoadedContent): ShareImage[] {
  return locales.flatMap((lang) => {
    const t = translator(content.ui, lang);
    const label = content.site.name[lang];
    // One pathway: name its levels, not "pathways" (and not "in Wales" again after the site's name).
    const [only, ...others] = content.pathways;
    const siteSubtitle = only && others.length === 0 ? t('share-image-site-one', { levels: levelsText(t, only, lang) }) : t('share-image-site');
    return [
      image(SITE_SHARE_GROUP, lang, { label: '', title: content.site.name[lang], subtitle: siteSubtitle }),
      ...content.pathways.map((pathway) => image(pathway.id, lang, { label, title: pathway.title[lang], subtitle: t('share-image-pathway', { levels: levelsText(t, pathway, lang) }) })),
    ];
  });
}

/** Each content's share images by path, made once: every page asks for its own. */
const imagesByPath = new WeakMap<LoadedContent, Map<string, ShareImage>>();

/** The share image of a page in `group` (a pathway id, or the site's own pages). */
export function shareImageFor(content: LoadedContent, group: string, lang: Locale): ShareImage {
  let images = imagesByPath.get(content);
  if (!images) {
    images = new Map(shareImageContent(content).map((image) => [image.path, image]));
    imagesByPath.set(content, images);
  }
  return images.get(shareImagePath(group, lang)) ?? images.get(shareImagePath(SITE_SHARE_GROUP, lang))!;
}
