/**
 * What the checker's page and its data file are made from: the links to the pathway sections the
 * flow cites, and the data the browser script runs the questions from (src/lib/checker/client.ts).
 */
import { findPage, type LoadedContent } from './load-content';
import { findRoute, routeKey } from '../lib/routing/routes';
import { clientData, sectionKey, type ClientData, type SectionLink } from '../lib/checker/client';
import { sectionRefsIn } from '../lib/section-refs';
import type { Locale } from '../lib/i18n/locale';
import type { CheckerFlow } from '../schemas/checker';
import type { Pathway } from '../schemas/pathway';

/** `page#section` → its address and label, for every section the flow cites. */
export function checkerSections(content: LoadedContent, pathway: Pathway, flow: CheckerFlow, lang: Locale): Record<string, SectionLink> {
  const t = content.translators[lang];
  const sections: Record<string, SectionLink> = {};
  // Every page and section the flow names exists: the content check (src/validation/) stops the build otherwise.
  for (const ref of sectionRefsIn.checker(flow)) {
    const route = findRoute(content.routes, routeKey(pathway.id, ref.page), lang)!;
    const heading = findPage(content, pathway.id, ref.page, lang)!.sections.find((section) => section.id === ref.section)!;
    sections[sectionKey(ref)] = {
      href: `${route.url}#${ref.section}`,
      label: t('checker-section-label', { page: route.navTitle, section: heading.text }),
    };
  }
  return sections;
}

export function checkerData(content: LoadedContent, pathway: Pathway, flow: CheckerFlow, lang: Locale): ClientData {
  const sections = checkerSections(content, pathway, flow, lang);
  return clientData({
    flow,
    lang,
    sections,
    t: content.translators[lang],
    siteName: content.site.name[lang],
    vacancies: content.site.vacancies[lang],
  });
}
