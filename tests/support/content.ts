/**
 * The content as the site itself loads it (src/astro/load-content.ts, with astro:content fed from the real
 * content/ by tests/support/astro-content.ts). Built-output and browser tests compare dist/ with
 * this, so they follow the content as it changes instead of copying its text.
 */
import { loadContent, findPage } from '../../src/astro/load-content';
import { translator, type Translate } from '../../src/lib/i18n/translate';
import type { Locale } from '../../src/lib/i18n/locale';
import { SITE_OWNER } from '../../src/lib/routing/routes';

export const content = await loadContent();

/** Interface strings in each language. */
export const t: Record<Locale, Translate> = { en: translator(content.ui, 'en'), cy: translator(content.ui, 'cy') };

/** A site page's title in one language (the 404 and landing pages have no route). */
export function sitePageTitle(id: string, lang: Locale): string {
  const page = findPage(content, SITE_OWNER, id, lang);
  if (!page) throw new Error(`content/site/pages/${lang}: no page with id "${id}"`);
  return page.entry.data.title;
}
