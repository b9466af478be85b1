import { z } from 'astro/zod';
import { identifier, localized, localizedTitle, pastDate, positiveWhole, strictObject, text } from './localized';

/** Hours of learning in one credit, under the Credit and Qualifications Framework for Wales. */
const HOURS_PER_CREDIT = 10;

const body = strictObject({
  name: localizedTitle(150),
  abbreviation: localized.optional(),
});

const essentialSkill = strictObject({
  id: identifier,
  name: localized,
  level: positiveWhole,
  credits: positiveWhole,
  glh: positiveWhole,
});

const listItemShape = { id: identifier, text: localized };
const listItem = strictObject(listItemShape);

const priorQualification = strictObject({
  ...listItemShape,
  /** Set when the source document says something about credit transfer for this qualification. */
  creditTransferNote: localized.optional(),
});

const pageRef = strictObject({ page: identifier, section: identifier.optional() });

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `is used by an earlier item too: ids must differ` });
    seen.add(item.id);
  });
};

/** Where the pathway is published by the body that owns it, and in which language that page is. */
const publishedSource = strictObject({
  url: z.url({ protocol: /^https$/, error: 'must be an https address, for example "https://findanapprenticeship.service.gov.wales/…"' }),
  language: z.enum(['en', 'cy'], { error: 'must be en or cy: the language of the published page' }),
});

/**
 * The fields of a pathway, before the checks that span them: the open data (src/schemas/open-data.ts)
 * publishes the same fields, so its JSON Schema is made from these.
 */
export const pathwayFields = {
  id: identifier,
  slug: strictObject({ en: identifier, cy: identifier }),
  title: localizedTitle(100),
  level: positiveWhole,
  minimumCredits: positiveWhole,
  revisionDate: pastDate,
  source: publishedSource,
  bodies: strictObject({ approving: body, funding: body, awarding: strictObject({ name: text }) }),
  qualification: strictObject({
    title: localizedTitle(150),
    number: z.string().regex(/^[A-Z0-9]+(?:\/[A-Z0-9]+)+$/, 'must look like a qualification number, for example C00/4514/4'),
    creditValue: positiveWhole,
    totalQualificationTime: positiveWhole,
    type: z.enum(['combined', 'competence', 'knowledge']),
    assessmentLanguages: z.array(z.enum(['english', 'welsh'])).min(1, 'must name at least one language'),
  }),
  essentialSkills: z.array(essentialSkill).min(1).superRefine(uniqueIds),
  essentialSkillsAssessmentLanguages: z.array(z.enum(['english', 'welsh'])).min(1),
  trainingHours: strictObject({ onTheJob: positiveWhole, offTheJob: positiveWhole }),
  pages: z.array(identifier).min(1).superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `is listed twice` });
    });
  }),
  entryRoutes: z.array(listItem).min(1).superRefine(uniqueIds),
  priorQualifications: z.array(priorQualification).min(1).superRefine(uniqueIds),
  deliveryMethods: z.array(listItem).min(1).superRefine(uniqueIds),
  additionalRequirements: z.array(strictObject({ ...listItemShape, see: pageRef })).superRefine(uniqueIds),
  protectedCharacteristics: z.array(listItem).min(1).superRefine(uniqueIds),
  legislation: z.array(listItem).min(1).superRefine(uniqueIds),
  progressionAreas: z.array(listItem).superRefine(uniqueIds),
};

/**
 * One apprenticeship pathway: its language-neutral facts (numbers, codes, dates, names that do not
 * change between languages) and its structured lists, each item in both languages.
 */
export const pathwaySchema = strictObject(pathwayFields).superRefine((pathway, ctx) => {
  // Figures that must agree. The pathway has one mandatory qualification, so its credits are
  // what the mandatory qualifications add up to.
  const { creditValue, totalQualificationTime } = pathway.qualification;
  if (creditValue < pathway.minimumCredits) {
    ctx.addIssue({
      code: 'custom',
      path: ['qualification', 'creditValue'],
      message: `is ${creditValue}, below the pathway's minimumCredits of ${pathway.minimumCredits}: the mandatory qualification must reach the minimum`,
    });
  }
  // A credit is ten hours of learning (Credit and Qualifications Framework for Wales): the credit
  // value is the Total Qualification Time divided by ten, rounded down.
  if (Math.floor(totalQualificationTime / HOURS_PER_CREDIT) !== creditValue) {
    ctx.addIssue({
      code: 'custom',
      path: ['qualification', 'totalQualificationTime'],
      message: `is ${totalQualificationTime} hours, which is ${Math.floor(totalQualificationTime / HOURS_PER_CREDIT)} credits at ${HOURS_PER_CREDIT} hours a credit, but creditValue is ${creditValue}`,
    });
  }
  // Guided learning hours are part of a unit's learning time, which its credits measure.
  pathway.essentialSkills.forEach((skill, index) => {
    if (skill.glh > skill.credits * HOURS_PER_CREDIT) {
      ctx.addIssue({
        code: 'custom',
        path: ['essentialSkills', index, 'glh'],
        message: `is ${skill.glh} hours, more than the ${skill.credits * HOURS_PER_CREDIT} hours of learning its ${skill.credits} credits stand for`,
      });
    }
  });
});

export type Pathway = z.infer<typeof pathwaySchema>;

/** The pathway's lists of { id, text } items that <ItemList list="…"> shows. */
export const itemListNames = ['entryRoutes', 'priorQualifications', 'deliveryMethods', 'additionalRequirements', 'protectedCharacteristics', 'legislation', 'progressionAreas'] as const satisfies readonly (keyof Pathway)[];
export type ItemListName = (typeof itemListNames)[number];
