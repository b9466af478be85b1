/** One lookup for every interface string, so a missing key fails the build instead of showing a blank. */
import type { Locale } from './locale';
import type { Localized } from '../schemas/localized';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translator(strings: ReadonlyMap<string, Localized>, lang: Locale): Translate {
  return (key, values = {}) => {
    const entry = strings.get(key);
    if (!entry) throw new Error(`content/site/ui: ${key}: no such interface string (add it, in en and cy, to a file in content/site/ui/)`);
    return entry[lang].replace(/\{(\w+)\}/g, (_whole, name: string) => {
      if (!(name in values)) throw new Error(`content/site/ui: ${key}: needs a value for {${name}}`);
      return String(values[name]);
    });
  };
}
