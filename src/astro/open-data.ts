/** The open data's inputs from the loaded content: the routes, the licence and the field descriptions. */
import type { LoadedContent } from './load-content';
import type { OpenDataInputs } from '../lib/open-data/documents';
import { fieldKey } from '../lib/open-data/fields';
import type { Localised } from '../schemas/localised';

function uiString(content: LoadedContent, key: string): Localised {
  const value = content.ui.get(key);
  if (!value)
    throw new Error(`content/site/ui: ${key}: no such interface string (add it, in en and cy, to content/site/ui/open-data.yaml)`);
  return value;
}

export function openDataInputs(content: LoadedContent, site: URL | undefined): OpenDataInputs {
  if (!site) throw new Error('astro.config: site is not set: the open data gives absolute addresses');
  return { routes: content.routes, licence: { name: uiString(content, 'licence-name'), url: uiString(content, 'licence-url') }, site };
}

/** A field's description in both languages, from content/site/ui/open-data.yaml. */
export const fieldDescriber = (content: LoadedContent) => (path: string) => uiString(content, fieldKey(path));
