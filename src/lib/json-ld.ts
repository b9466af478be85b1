/**
 * schema.org data (JSON-LD) about a pathway, for search engines: only facts the pathway gives
 * (no duration, salary or provider, which the source does not state). Pure.
 */
import type { Pathway } from '../schemas/pathway';
import { htmlLang, type Locale } from './locale';
import type { Translate } from './translate';

export interface PathwayPage {
  /** The page's absolute address. */
  url: string;
  description: string;
}

export function pathwayJsonLd(pathway: Pathway, lang: Locale, t: Translate, page: PathwayPage): Record<string, unknown> {
  const { qualification, source } = pathway;
  return {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalProgram',
    name: pathway.title[lang],
    description: page.description,
    url: page.url,
    numberOfCredits: pathway.minimumCredits,
    educationalCredentialAwarded: {
      '@type': 'EducationalOccupationalCredential',
      name: qualification.title[lang],
      identifier: qualification.number,
      educationalLevel: t('level-n', { n: pathway.level }),
      recognizedBy: { '@type': 'Organization', name: pathway.bodies.awarding.name },
    },
    sameAs: source.url,
    subjectOf: { '@type': 'WebPage', url: source.url, name: t('source-link'), inLanguage: htmlLang[source.language] },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as \u
 * escapes so that no text (`</script>`, `<!--`) can end the element early, and U+2028/U+2029 so
 * that older parsers read it as JSON.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
