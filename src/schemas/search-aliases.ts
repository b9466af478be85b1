import { z } from 'astro/zod';
import { identifier, strictObject, text } from './localised';

/** A word or short phrase a reader might type: letters, digits, spaces, hyphens and apostrophes. */
const searchWord = text.pipe(
  z
    .string()
    .max(60, 'is longer than 60 characters: a search word is a word or a short phrase')
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M} '’-]*$/u, 'may hold only letters, digits, spaces, hyphens and apostrophes'),
);

/**
 * Words people type for something the site calls by another name, in each language
 * (`content/site/search-aliases.yaml`, keyed by id). `term` names a glossary term: the words find
 * its entry on the glossary page, and the term's own name and short form in the other language
 * are added for it, so the glossary is not copied here. `section` names a pathway page's section
 * (where the pathway sets the thing out); `question` names a question on the pathway's questions
 * page (where it is answered in the reader's words). An alias may name a section and a question
 * together: the same words then find both. The build checks that each names something that exists.
 */
export const searchAliasSchema = strictObject({
  term: identifier.optional(),
  section: strictObject({ pathway: identifier, page: identifier, section: identifier }).optional(),
  question: strictObject({ pathway: identifier, id: identifier }).optional(),
  words: strictObject({ en: z.array(searchWord), cy: z.array(searchWord) }),
}).superRefine((alias, ctx) => {
  if (alias.term && (alias.section || alias.question))
    ctx.addIssue({
      code: 'custom',
      message: `names both a glossary term and a ${alias.section ? 'section' : 'question'}: keep the one that defines what the words stand for`,
    });
  if (!alias.term && !alias.section && !alias.question)
    ctx.addIssue({
      code: 'custom',
      message: 'must name a glossary term (term), a pathway section (section) or a question people ask (question)',
    });
  if (alias.words.en.length + alias.words.cy.length === 0)
    ctx.addIssue({ code: 'custom', path: ['words'], message: 'needs at least one word' });
});
export type SearchAlias = z.infer<typeof searchAliasSchema>;
