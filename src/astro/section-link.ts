import { findPage, type LoadedContent } from './load-content';
import { findRoute, routeKey } from '../lib/routing/routes';
import type { Locale } from '../lib/i18n/locale';
import type { Translate } from '../lib/i18n/translate';

/**
 * A link to a section of a pathway page, named as the page and the section's own heading in that
 * language ("Training: Minimum training hours"). The build has already checked that both exist.
 */
export function sectionLink(
  content: LoadedContent,
  owner: string,
  ref: { page: string; section: string },
  lang: Locale,
  t: Translate,
): { href: string; text: string } {
  const route = findRoute(content.routes, routeKey(owner, ref.page), lang);
  const section = findPage(content, owner, ref.page, lang)?.sections.find((s) => s.id === ref.section);
  if (!route || !section) throw new Error(`no section "${ref.section}" on page "${ref.page}" of ${owner} in ${lang}`);
  return { href: `${route.url}#${ref.section}`, text: t('section-link', { page: route.navTitle, section: section.text }) };
}
