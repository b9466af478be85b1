/**
 * A fact the published pathway does not give. An author writes `not-stated` (the pathway says
 * nothing) or `to-follow` (it says the fact will be added, as Clinical Coding's Annex 1), never an
 * invented number; the site shows it in words, and the open data as null with the reason.
 */
import { z } from 'astro/zod';

export const UNSTATED = ['not-stated', 'to-follow'] as const;
export type Unstated = (typeof UNSTATED)[number];

export const unstated = z.enum(UNSTATED);

export function isUnstated(value: unknown): value is Unstated {
  return typeof value === 'string' && (UNSTATED as readonly string[]).includes(value);
}

/** True when the pathway gives the fact: anything but not-stated or to-follow. */
export function isStated<T>(value: T | Unstated): value is T {
  return !isUnstated(value);
}

/**
 * The value `schema` describes, or not-stated / to-follow. A value that is neither is reported
 * with the schema's own message (the content check reads the last branch of a union).
 */
export function orUnstated<T extends z.ZodType>(schema: T) {
  return z.union([unstated, schema]);
}

/**
 * A list the pathway gives (at least one item, checked by `refine`), or not-stated / to-follow.
 * An empty list is a mistake, never a way to say "not stated".
 */
export function statedList<T extends z.ZodType>(item: T, refine?: (items: z.infer<T>[], ctx: z.RefinementCtx) => void) {
  const list = z
    .array(item, { error: 'must be a list, or not-stated if the pathway gives none' })
    .min(1, 'is empty: list what the pathway gives, or write not-stated if it gives nothing here');
  return orUnstated(refine ? list.superRefine(refine) : list);
}
