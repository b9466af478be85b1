/**
 * The one way every interface string is looked up, on the server and in the browser: `t(key,
 * values)` fills the template (src/lib/i18n/template.ts: a missing value throws), a missing key throws
 * instead of showing a blank, and `t.pick(prefix)` hands a browser script the raw templates it
 * will fill itself, through `translatorFrom` and the same rules.
 */
import type { Locale } from './locale';
import type { Localised } from '../../schemas/localised';
import { fill, type TemplateValues } from './template';

/** One language's interface strings by key, as a browser script receives them. */
export type Strings = Readonly<Record<string, string>>;

export interface Translate {
  (key: string, values?: TemplateValues): string;
  /** The unfilled template for `key`: a browser script fills it (the search count, say). */
  template(key: string): string;
  /** Every template whose key starts with one of `prefixes`, to send to a browser script. */
  pick(...prefixes: string[]): Strings;
}

function missing(key: string): never {
  throw new Error(`content/site/ui: ${key}: no such interface string (add it, in en and cy, to a file in content/site/ui/)`);
}

/** A Translate over one language's strings. */
export function translatorFrom(strings: Strings): Translate {
  const template = (key: string) => strings[key] ?? missing(key);
  const t = (key: string, values?: TemplateValues) => {
    const text = template(key);
    try {
      return fill(text, values);
    } catch (error) {
      throw new Error(`content/site/ui: ${key}: ${(error as Error).message}`);
    }
  };
  return Object.assign(t, {
    template,
    pick: (...prefixes: string[]) =>
      Object.fromEntries(Object.entries(strings).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))),
  });
}

/**
 * The server's Translate: every string from content/site/ui/, in `lang`. The build makes one per
 * language, when it loads the content (`content.translators`); pages read theirs from there.
 */
export function translator(strings: ReadonlyMap<string, Localised>, lang: Locale): Translate {
  return translatorFrom(Object.fromEntries([...strings].map(([key, value]) => [key, value[lang]])));
}
