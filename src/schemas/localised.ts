import { z } from 'astro/zod';
import { nearest } from '../lib/text/nearest.ts';
import { unsafeTextProblem } from '../lib/text/plain-text.ts';
import { isLeftAsEnglish } from '../lib/text/left-as-english.ts';

/** "is missing" rather than zod's "expected string, received undefined": authors read these. */
const missingOr = (otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : otherwise);

/**
 * An object that takes only the keys it names. An unknown key is named, with the known key it is
 * nearest to: `unknown key "minimumCredit" (did you mean "minimumCredits"?)`.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'invalid_type')
        return issue.input === undefined ? 'is missing' : `must be a group of fields (${known.join(', ')})`;
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const suggestion = nearest(key, known);
          return `unknown key "${key}" (${suggestion ? `did you mean "${suggestion}"?` : `the keys here are ${known.join(', ')}`})`;
        })
        .join('; ');
    },
  });
}

/** Text an author must write: present, not blank, and plain (no HTML, no invisible controls). */
export const text = z
  .string({ error: missingOr('must be text') })
  .trim()
  .min(1, 'is empty')
  .superRefine((value, ctx) => {
    const problem = unsafeTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A human-readable string in both languages. A missing or empty language fails validation, and
 * so does Welsh left as the English, whatever its case, punctuation or spacing (a name of three
 * words or fewer may be the same in both: src/lib/text/left-as-english.ts).
 */
const localisedOf = (each: typeof text) =>
  strictObject({ en: each, cy: each }).superRefine((pair, ctx) => {
    if (isLeftAsEnglish(pair.en, pair.cy)) {
      ctx.addIssue({ code: 'custom', path: ['cy'], message: 'is the same as the English: write it in Welsh' });
    }
  });
export const localised = localisedOf(text);
export type Localised = z.infer<typeof localised>;

/**
 * Both languages of a pair fill the same `{placeholders}` (each name as `written` finds it in a
 * text: an interface string's, a fact's): one rule and one message for every kind.
 */
export function requireSamePlaceholders(pair: Localised, written: (text: string) => string[], ctx: z.RefinementCtx): void {
  const en = [...new Set(written(pair.en))].sort().join(', ');
  const cy = [...new Set(written(pair.cy))].sort().join(', ');
  if (en !== cy)
    ctx.addIssue({
      code: 'custom',
      path: ['cy'],
      message: `fills {${cy || 'nothing'}} but the English fills {${en || 'nothing'}}: use the same placeholders`,
    });
}

/**
 * A title or label: text no longer than a page can show whole (in a tab, a heading, a share
 * image, a search result) in either language.
 */
export const titleText = (max: number) =>
  text.max(max, `is too long for a title (${max} characters at most): say the rest in the page`) as unknown as typeof text;
export const localisedTitle = (max: number) => localisedOf(titleText(max));

/** A kebab-case identifier, used for page ids, section ids and slugs. */
export const identifier = z
  .string({ error: missingOr('must be text') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens (for example "entry-requirements")');

/** A count of credits, hours or the like: a whole number above zero. */
export const positiveWhole = z
  .number({ error: missingOr('must be a number') })
  .int('must be a whole number')
  .positive('must be greater than zero');

/** YYYY-MM-DD of a Date: a date left unquoted in YAML arrives as one from Astro's YAML loader. */
const dateText = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value);

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = z.preprocess(
  dateText,
  z.iso.date({ error: missingOr('must be a real date written YYYY-MM-DD, for example "2025-02-21"') }),
);

/** A date something was done (revised, reviewed): a real date, and not after today. */
export const pastDate = isoDate.superRefine((value, ctx) => {
  const today = new Date().toISOString().slice(0, 10);
  if (typeof value === 'string' && value > today)
    ctx.addIssue({ code: 'custom', message: `is ${value}, which is in the future (today is ${today})` });
});
