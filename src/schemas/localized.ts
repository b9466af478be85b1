import { z } from 'astro/zod';

/** "is missing" rather than zod's "expected string, received undefined": authors read these. */
const missingOr = (otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : otherwise);

/** Text an author must write: present and not blank. */
export const text = z.string({ error: missingOr('must be text') }).trim().min(1, 'is empty');

/** A human-readable string in both languages. A missing or empty language fails validation. */
export const localized = z.strictObject({ en: text, cy: text });
export type Localized = z.infer<typeof localized>;

/** A kebab-case identifier, used for page ids, section ids and slugs. */
export const identifier = z
  .string({ error: missingOr('must be text') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens (for example "entry-requirements")');

/** A count of credits, hours or the like: a whole number above zero. */
export const positiveWhole = z
  .number({ error: missingOr('must be a number') })
  .int('must be a whole number')
  .positive('must be greater than zero');

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });
