import { z } from 'astro/zod';
import { localised, requireSamePlaceholders } from './localised';
import { placeholders } from '../lib/i18n/template';

/** Both languages of an interface string fill the same `{placeholders}`. */
const uiString = localised.superRefine((pair, ctx) => requireSamePlaceholders(pair, placeholders, ctx));

/**
 * One file of interface strings (`content/site/ui/<feature>.yaml`): key → { en, cy }.
 * Keys are shared by all the files; the same key in two files fails the build.
 */
const keyMessage = 'keys must be lower-case words joined by hyphens';
export const uiStringsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, keyMessage), uiString, {
  // Without this zod reports only "Invalid key in record".
  error: (issue) => (issue.code === 'invalid_key' ? keyMessage : undefined),
});
