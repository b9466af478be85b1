/** The result is read on a phone: each reason it gives is one sentence, in both languages. */
import { describe, expect, it } from 'vitest';
import { realFlow } from '../../support/checker-flow';

const flow = realFlow();
/** A full stop, question or exclamation mark followed by a space and more text ends a sentence inside. */
const sentences = (text: string) => text.trim().split(/[.!?]\s+(?=\S)/).length;

describe('checker result text', () => {
  it('gives each reason in one sentence', () => {
    const long = flow.rules.flatMap((rule) =>
      (['en', 'cy'] as const).filter((lang) => sentences(rule.reason[lang]) > 1).map((lang) => `${rule.id} (${lang})`),
    );
    expect(long).toEqual([]);
  });

  it('counts sentences as a reader would', () => {
    expect(sentences('One sentence: with a clause, and another.')).toBe(1);
    expect(sentences('One sentence. Then another.')).toBe(2);
  });
});
