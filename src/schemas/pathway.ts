import { z } from 'astro/zod';
import { identifier, isoDate, localized, positiveWhole } from './localized';

const body = z.strictObject({
  name: localized,
  abbreviation: localized.optional(),
});

const essentialSkill = z.strictObject({
  id: identifier,
  name: localized,
  level: positiveWhole,
  credits: positiveWhole,
  glh: positiveWhole,
});

const listItem = z.strictObject({ id: identifier, text: localized });

const priorQualification = listItem.extend({
  /** Set when the source document says something about credit transfer for this qualification. */
  creditTransferNote: localized.optional(),
});

const pageRef = z.strictObject({ page: identifier, section: identifier.optional() });

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
};

/**
 * One apprenticeship pathway: its language-neutral facts (numbers, codes, dates, names that do not
 * change between languages) and its structured lists, each item in both languages.
 */
export const pathwaySchema = z
  .strictObject({
    id: identifier,
    slug: z.strictObject({ en: identifier, cy: identifier }),
    title: localized,
    level: positiveWhole,
    minimumCredits: positiveWhole,
    revisionDate: isoDate,
    bodies: z.strictObject({ approving: body, funding: body, awarding: z.strictObject({ name: z.string().min(1) }) }),
    qualification: z.strictObject({
      title: localized,
      number: z.string().regex(/^[A-Z0-9]+(?:\/[A-Z0-9]+)+$/, 'must look like a qualification number, for example C00/4514/4'),
      creditValue: positiveWhole,
      totalQualificationTime: positiveWhole,
      type: z.enum(['combined', 'competence', 'knowledge']),
      assessmentLanguages: z.array(z.enum(['english', 'welsh'])).min(1, 'must name at least one language'),
    }),
    essentialSkills: z.array(essentialSkill).min(1).superRefine(uniqueIds),
    essentialSkillsAssessmentLanguages: z.array(z.enum(['english', 'welsh'])).min(1),
    trainingHours: z.strictObject({ onTheJob: positiveWhole, offTheJob: positiveWhole }),
    pages: z.array(identifier).min(1).superRefine((ids, ctx) => uniqueIds(ids.map((id) => ({ id })), ctx)),
    entryRoutes: z.array(listItem).min(1).superRefine(uniqueIds),
    priorQualifications: z.array(priorQualification).min(1).superRefine(uniqueIds),
    deliveryMethods: z.array(listItem).min(1).superRefine(uniqueIds),
    additionalRequirements: z.array(listItem.extend({ see: pageRef })).superRefine(uniqueIds),
    protectedCharacteristics: z.array(listItem).min(1).superRefine(uniqueIds),
    legislation: z.array(listItem).min(1).superRefine(uniqueIds),
    progressionAreas: z.array(listItem).superRefine(uniqueIds),
  })
  .superRefine((pathway, ctx) => {
    if (pathway.qualification.creditValue < pathway.minimumCredits) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualification', 'creditValue'],
        message: `is ${pathway.qualification.creditValue}, below the pathway's minimum of ${pathway.minimumCredits} credits`,
      });
    }
  });

export type Pathway = z.infer<typeof pathwaySchema>;
export type PageRef = z.infer<typeof pageRef>;
