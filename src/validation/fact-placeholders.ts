/**
 * Fact placeholders (`{onTheJobHours}`, `{minimumCredits@4}`) in a pathway's checker, steps and
 * questions, filled from its pathway exactly as its pages fill them (withFacts), so that one the
 * pathway cannot fill (a level it does not have, a fact of one level where it has several) stops
 * the content check with its file, line and field instead of the build. Which names are facts is
 * each file's own schema's rule.
 */
import { factPlaceholders, withFacts } from '../lib/pathway/facts';
import { locales, type Locale } from '../lib/i18n/locale';
import { translator } from '../lib/i18n/translate';
import type { Localised } from '../schemas/localised';
import type { Pathway } from '../schemas/pathway';
import type { ContentFile } from './check-content-files';

interface Text {
  path: PropertyKey[];
  field: string;
  lang: Locale;
  text: string;
}

/** Every text in `data` that names a fact, with its path, its field as authors write it (`rules[dbs-no].reason.cy`) and its language. */
function textsWithPlaceholders(data: unknown, path: PropertyKey[] = [], field = ''): Text[] {
  if (Array.isArray(data)) {
    return data.flatMap((item, index) => {
      const id =
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(index);
      return textsWithPlaceholders(item, [...path, index], `${field}[${id}]`);
    });
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => {
      const inner = `${field}${field ? '.' : ''}${key}`;
      if (typeof value === 'string' && (locales as readonly string[]).includes(key) && value.includes('{')) {
        return [{ path: [...path, key], field: inner, lang: key as Locale, text: value }];
      }
      return textsWithPlaceholders(value, [...path, key], inner);
    });
  }
  return [];
}

/** The pathway folder a file is in: "pathways/clinical-coding/checker.yaml" → "clinical-coding". */
const folderOf = (file: ContentFile) => file.path.split('/')[1]!;

export function factPlaceholderProblems(files: readonly ContentFile[], pathways: readonly Pathway[], ui: Map<string, Localised>): string[] {
  const words = Object.fromEntries(locales.map((lang) => [lang, translator(ui, lang).template])) as Record<Locale, (key: string) => string>;
  const problems: string[] = [];
  for (const file of files) {
    const pathway = pathways.find((candidate) => candidate.id === folderOf(file));
    if (!pathway) continue;
    for (const { path, field, lang, text } of textsWithPlaceholders(file.data)) {
      // Each placeholder filled alone, so that the message names it as the author wrote it
      // ({minimumCredits@9}), not as the pages' <Fact> would.
      for (const { written } of factPlaceholders(text)) {
        try {
          withFacts(written, pathway, lang, words[lang]);
        } catch (error) {
          const position = file.positionOf?.(path);
          const at = position ? `${file.shown}:${position.line}:${position.column}` : file.shown;
          problems.push(`${at}: ${field}: ${(error as Error).message.replace(/^<Fact name="[^"]*">/, written)}`);
        }
      }
    }
  }
  return problems;
}
