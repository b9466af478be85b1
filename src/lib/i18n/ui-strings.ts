/** Interface strings from every `content/site/ui/*.yaml` file. Pure: no Astro, so tests can import it. */
import type { Localised } from '../../schemas/localised';
import { ContentError } from '../content-error';

/** All `content/site/ui/*.yaml` files as one lookup; a key defined twice is an error. */
export function mergeUiStrings(files: { file: string; strings: Record<string, Localised> }[]): Map<string, Localised> {
  const merged = new Map<string, Localised>();
  const owner = new Map<string, string>();
  const errors: string[] = [];
  for (const { file, strings } of files) {
    for (const [key, value] of Object.entries(strings)) {
      if (owner.has(key)) errors.push(`${file}: ${key}: is already defined in ${owner.get(key)}`);
      owner.set(key, file);
      merged.set(key, value);
    }
  }
  if (errors.length) throw new ContentError(errors);
  return merged;
}
