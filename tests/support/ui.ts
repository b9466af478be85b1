/**
 * The interface strings alone (content/site/ui/), read and merged as the site reads them, for
 * tests that need nothing else: loading all of the content (tests/support/content.ts) parses
 * every page and checks every file across the others.
 */
import { getCollection } from './astro-content';
import { mergeUiStrings } from '../../src/lib/i18n/ui-strings';
import { translator, type Translate } from '../../src/lib/i18n/translate';
import type { Locale } from '../../src/lib/i18n/locale';

export const ui = mergeUiStrings(
  (await getCollection('ui')).map((entry) => ({
    file: entry.filePath ?? entry.id,
    strings: entry.data as Parameters<typeof mergeUiStrings>[0][number]['strings'],
  })),
);

/** Interface strings in each language. */
export const t: Record<Locale, Translate> = { en: translator(ui, 'en'), cy: translator(ui, 'cy') };
