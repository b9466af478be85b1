/** Every share image the site has, with its text in its language, from the loaded content. */
import type { LoadedContent } from './load-content';
import { locales, type Locale } from '../lib/i18n/locale';
import { SITE_OWNER } from '../lib/routing/routes';
import { shareImagePath, shareImageSvg, type ShareImageText } from '../lib/seo/share-image';
import { levelsText } from '../lib/pathway/display';

export interface ShareImage {
  path: string;
  lang: Locale;
  /** What the picture says, for its alt text. */
  alt: string;
  /** The SVG to render. */
  text: string;
}

function image(owner: string, lang: Locale, words: ShareImageText): ShareImage {
  return { path: shareImagePath(owner, lang), lang, alt: `${words.title}: ${words.subtitle}`, text: shareImageSvg(words) };
}

/** Made once, when the content loads (`content.shareImages`). */
export function shareImageContent(content: Pick<LoadedContent, 'site' | 'pathways' | 'translators'>): ShareImage[] {
  return locales.flatMap((lang) => {
    const t = content.translators[lang];
    const label = content.site.name[lang];
    // One pathway: name its levels, not "pathways" (and not "in Wales" again after the site's name).
    const [only, ...others] = content.pathways;
    const siteSubtitle =
      only && others.length === 0 ? t('share-image-site-one', { levels: levelsText(t, only, lang) }) : t('share-image-site');
    return [
      image(SITE_OWNER, lang, { label: '', title: content.site.name[lang], subtitle: siteSubtitle }),
      ...content.pathways.map((pathway) =>
        image(pathway.id, lang, {
          label,
          title: pathway.title[lang],
          subtitle: t('share-image-pathway', { levels: levelsText(t, pathway, lang) }),
        }),
      ),
    ];
  });
}

/** The share image of a page of `owner`: a pathway's id, or SITE_OWNER for the site's own pages. */
export function shareImageFor(content: LoadedContent, owner: string, lang: Locale): ShareImage {
  const image = content.shareImages.get(shareImagePath(owner, lang));
  if (!image) throw new Error(`no share image for "${owner}" in ${lang}: it is neither a pathway's id nor "${SITE_OWNER}"`);
  return image;
}
