/**
 * The shape of an eligibility checker flow, derived from its schema (src/schemas/checker.ts) and
 * generic over its text: `Flow<Localised>` as written in content, `Flow` (every text one string)
 * once resolved to the page's language. Pure types.
 */
import type { CheckerFlow } from '../../schemas/checker';
import type { Localised } from '../../schemas/localised';

/** `T` with every { en, cy } pair replaced by `Text`. */
export type WithText<T, Text> = T extends Localised
  ? Text
  : T extends readonly (infer U)[]
    ? WithText<U, Text>[]
    : T extends object
      ? { [K in keyof T]: WithText<T[K], Text> }
      : T;

/** A flow without its slugs (they make the checker's address, not its steps). */
export type Flow<Text = string> = WithText<Omit<CheckerFlow, 'slug'>, Text>;
export type FlowQuestion<Text = string> = Flow<Text>['questions'][number];
export type FlowOutcome<Text = string> = Flow<Text>['outcomes'][number];
export type FlowRule<Text = string> = Flow<Text>['rules'][number];
export type FlowNote<Text = string> = Flow<Text>['notes'][number];

/** Matches when, for every question named, the answer includes at least one of the values listed. */
export type Condition = FlowRule<unknown>['when'];

/** Question id → the option values chosen (one value for a "one" question). */
export type Answers = Record<string, string[]>;

export const END = 'end';
