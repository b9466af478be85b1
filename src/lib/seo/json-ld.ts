/**
 * schema.org data (JSON-LD) about a pathway, for search engines: only facts the pathway gives
 * (no duration, salary or provider, which the source does not state). Pure.
 */
import type { Pathway, PathwayLevel, Qualification } from '../../schemas/pathway';
import { isUnstated, type Unstated } from '../../schemas/unstated';
import { htmlLang, type Locale } from '../i18n/locale';
import { publishedSource } from '../pathway/published-source';
import type { Translate } from '../i18n/translate';

export interface PathwayPage {
  /** The page's absolute address. */
  url: string;
  description: string;
}

const stated = <T>(value: T | Unstated): T | undefined => (isUnstated(value) ? undefined : value);

function credential(q: Qualification, level: PathwayLevel, lang: Locale, t: Translate): Record<string, unknown> {
  const awarding = stated(q.awardingBody);
  return {
    '@type': 'EducationalOccupationalCredential',
    name: q.title[lang],
    ...(stated(q.number) ? { identifier: q.number } : {}),
    educationalLevel: t('level-n', { n: level.level }),
    ...(awarding ? { recognizedBy: { '@type': 'Organization', name: awarding.name[lang] } } : {}),
  };
}

/**
 * One EducationalOccupationalProgram for each level of the pathway (with several, in a @graph):
 * facts the pathway does not state are left out, never guessed.
 */
export function pathwayJsonLd(pathway: Pathway, lang: Locale, t: Translate, page: PathwayPage): Record<string, unknown> {
  const source = publishedSource(pathway, lang, t);
  const programmes = pathway.levels.map((level) => {
    const credentials = level.qualifications.items.map((q) => credential(q, level, lang, t));
    const credits = stated(level.minimumCredits);
    return {
      '@type': 'EducationalOccupationalProgram',
      name: level.name[lang],
      description: page.description,
      url: page.url,
      ...(credits ? { numberOfCredits: credits } : {}),
      educationalCredentialAwarded: credentials.length === 1 ? credentials[0] : credentials,
      ...(source
        ? {
            sameAs: source.url,
            subjectOf: { '@type': 'WebPage', url: source.url, name: source.text, inLanguage: htmlLang[source.language] },
          }
        : {}),
    };
  });
  return programmes.length === 1
    ? { '@context': 'https://schema.org', ...programmes[0] }
    : { '@context': 'https://schema.org', '@graph': programmes };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are written as \u
 * escapes so that no text (`</script>`, `<!--`) can end the element early, and U+2028/U+2029 so
 * that older parsers read it as JSON.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
