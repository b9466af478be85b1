/**
 * Where a pathway is published (pathway.yaml `published`), as a page links it: the address in the
 * reader's language where it is known, otherwise the other language's, and then the link's own
 * words say which language that page is in ("(tudalen Saesneg)"), so a Welsh reader is never sent
 * to an English page without being told. An address that is not known is never guessed: with
 * neither address known there is no link. Pure: the footer, key facts, open data page, contact
 * and JSON-LD all cite the source through this.
 */
import type { Pathway } from '../../schemas/pathway';
import { isUnstated } from '../../schemas/unstated';
import { locales, type Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';

export interface PublishedSourceLink {
  url: string;
  /** The language of the page at `url`. */
  language: Locale;
  /** The link's words, with the page's language after them when it is not the reader's. */
  text: string;
}

/** The published page to cite on a page in `lang`, or undefined when the pathway gives no address. */
export function publishedSource(pathway: Pathway, lang: Locale, t: Translate): PublishedSourceLink | undefined {
  const language = [lang, ...locales.filter((other) => other !== lang)].find((candidate) => !isUnstated(pathway.published[candidate]));
  if (!language) return undefined;
  const text = language === lang ? t('source-link') : `${t('source-link')} ${t(`source-in-${language}`)}`;
  return { url: pathway.published[language] as string, language, text };
}
