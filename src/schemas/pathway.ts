import { z } from 'astro/zod';
import { identifier, localised, localisedTitle, pastDate, positiveWhole, strictObject } from './localised';
import { orUnstated, statedList, type Unstated, isStated } from './unstated';
import { repeats } from './repeats';
import { pageOrSectionRef } from './section-ref';

/** Hours of learning in one credit, under the Credit and Qualifications Framework for Wales. */
const HOURS_PER_CREDIT = 10;

const body = strictObject({
  name: localisedTitle(150),
  abbreviation: localised.optional(),
});

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  for (const { index, message } of repeats(items.map((item) => item.id))) ctx.addIssue({ code: 'custom', path: [index, 'id'], message });
};
/** A list of values each given once. */
const uniqueValues = (values: string[], ctx: z.RefinementCtx) => {
  for (const { index, message } of repeats(values)) ctx.addIssue({ code: 'custom', path: [index], message });
};

/** A list of the pathway's with ids that differ: at least one item, or not-stated. */
const idList = <T extends z.ZodType<{ id: string }>>(item: T) => statedList(item, uniqueIds);

const essentialSkill = strictObject({
  id: identifier,
  name: localised,
  level: positiveWhole,
  credits: positiveWhole,
  glh: orUnstated(positiveWhole),
});

const listItemShape = { id: identifier, text: localised };
const listItem = strictObject(listItemShape);

const priorQualification = strictObject({
  ...listItemShape,
  /** Set when the source document says something about credit transfer for this qualification. */
  creditTransferNote: localised.optional(),
});

/** The languages a qualification may be assessed in, and the kinds of qualification and of choice the service publishes. */
export const assessmentLanguages = ['english', 'welsh'] as const;
export const qualificationTypes = ['combined', 'competence', 'knowledge'] as const;
export const qualificationChoices = ['one-of', 'all-of'] as const;

const languages = statedList(z.enum(assessmentLanguages, { error: 'must be english or welsh' }), uniqueValues);

/** Where the pathway is published, in one language: its address on the service, or not-stated (never a guessed address). */
const publishedAddress = orUnstated(
  z.url({
    protocol: /^https$/,
    error: 'must be an https address, for example "https://findanapprenticeship.service.gov.wales/…", or not-stated',
  }),
);

/** One qualification of a level, as the published table gives it. */
const qualification = strictObject({
  id: identifier,
  title: localisedTitle(150),
  awardingBody: orUnstated(strictObject({ name: localisedTitle(150) })),
  number: orUnstated(
    z
      .string({ error: 'must be text' })
      .regex(/^[A-Z0-9]+(?:\/[A-Z0-9]+)+$/, 'must look like a qualification number, for example C00/4514/4'),
  ),
  creditValue: orUnstated(positiveWhole),
  totalQualificationTime: orUnstated(positiveWhole),
  type: orUnstated(z.enum(qualificationTypes, { error: 'must be combined, competence or knowledge' })),
  assessmentLanguages: languages,
});

/**
 * A level's qualifications: "one of the following" or "all of the following", and any annex or
 * list of units the pathway names (say, "will be included once agreed": to-follow).
 */
const qualifications = strictObject({
  choice: z.enum(qualificationChoices, {
    error: 'must be one-of or all-of: whether an apprentice achieves one of these qualifications or all of them',
  }),
  items: z
    .array(qualification, { error: 'must be a list of qualifications' })
    .min(1, 'is empty: list the qualifications the pathway gives for this level')
    .superRefine(uniqueIds),
  annex: strictObject({
    title: localised,
    status: z.literal('to-follow', { error: 'must be to-follow: an annex the pathway gives in full is written in the pages' }),
  }).optional(),
});

/** One level of the framework: a pathway of its own, with its own name, figures and lists. */
const level = strictObject({
  level: z
    .number({ error: 'must be a number from 2 to 5' })
    .int('must be a whole number')
    .min(2, 'must be from 2 to 5')
    .max(5, 'must be from 2 to 5'),
  name: localisedTitle(100),
  minimumCredits: orUnstated(positiveWhole),
  entryRoutes: idList(listItem),
  priorQualifications: idList(priorQualification),
  qualifications,
  essentialSkills: idList(essentialSkill),
  essentialSkillsAssessmentLanguages: languages,
  trainingHours: strictObject({ onTheJob: orUnstated(positiveWhole), offTheJob: orUnstated(positiveWhole) }),
});

/**
 * The fields of a pathway (a framework, with one or more levels), before the checks that span
 * them: the open data (src/schemas/open-data.ts) publishes the same fields.
 */
export const pathwayFields = {
  id: identifier,
  slug: strictObject({ en: identifier, cy: identifier }),
  title: localisedTitle(100),
  /** The framework's number on the service (FR05113v2), or not-stated. */
  frameworkNumber: orUnstated(
    z.string({ error: 'must be text' }).regex(/^[A-Z]{2}\d+(?:v\d+)?$/, 'must look like a framework number, for example FR05113v2'),
  ),
  /** The date the published pathway gives as its issue or last revision. */
  revisionDate: pastDate,
  /** Where the pathway is published, in each language. */
  published: strictObject({ en: publishedAddress, cy: publishedAddress }),
  bodies: strictObject({
    approving: z
      .array(body, { error: 'must be a list of bodies' })
      .min(1, "is empty: name the body (or bodies) that agreed the pathway's content"),
    funding: strictObject({ ...body.shape, statement: localised }),
  }),
  pages: z.array(identifier).min(1, "is empty: list the pathway's pages, its home page first").superRefine(uniqueValues),
  levels: z
    .array(level, { error: 'must be a list of levels' })
    .min(1, 'is empty: a pathway has at least one level')
    .superRefine((levels, ctx) => {
      for (const { index, message } of repeats(levels.map((item) => String(item.level))))
        ctx.addIssue({ code: 'custom', path: [index, 'level'], message });
    }),
  deliveryMethods: idList(listItem),
  additionalRequirements: z.array(strictObject({ ...listItemShape, see: pageOrSectionRef })).superRefine(uniqueIds),
  protectedCharacteristics: idList(listItem),
  legislation: idList(listItem),
  progressionAreas: z.array(listItem).superRefine(uniqueIds),
};

/** Figures of one level that must agree, each problem at its path within the level. */
function levelProblems(item: z.infer<typeof level>): { path: PropertyKey[]; message: string }[] {
  const problems: { path: PropertyKey[]; message: string }[] = [];
  const stated = item.qualifications.items.filter((q) => isStated(q.creditValue));
  // Only where one qualification is the whole mandatory content can its credits be held to the minimum.
  if (isStated(item.minimumCredits) && item.qualifications.items.length === 1 && stated.length === 1) {
    const creditValue = stated[0]!.creditValue as number;
    if (creditValue < item.minimumCredits) {
      problems.push({
        path: ['qualifications', 'items', 0, 'creditValue'],
        message: `is ${creditValue}, below this level's minimumCredits of ${item.minimumCredits}: the mandatory qualification must reach the minimum`,
      });
    }
  }
  // A credit is ten hours of learning (Credit and Qualifications Framework for Wales): the credit
  // value is the Total Qualification Time divided by ten, rounded down.
  item.qualifications.items.forEach((q, index) => {
    if (!isStated(q.creditValue) || !isStated(q.totalQualificationTime)) return;
    const fromTime = Math.floor(q.totalQualificationTime / HOURS_PER_CREDIT);
    if (fromTime !== q.creditValue) {
      problems.push({
        path: ['qualifications', 'items', index, 'totalQualificationTime'],
        message: `is ${q.totalQualificationTime} hours, which is ${fromTime} credits at ${HOURS_PER_CREDIT} hours a credit, but creditValue is ${q.creditValue}`,
      });
    }
  });
  // Guided learning hours are part of a unit's learning time, which its credits measure.
  if (isStated(item.essentialSkills)) {
    item.essentialSkills.forEach((skill, index) => {
      if (isStated(skill.glh) && skill.glh > skill.credits * HOURS_PER_CREDIT) {
        problems.push({
          path: ['essentialSkills', index, 'glh'],
          message: `is ${skill.glh} hours, more than the ${skill.credits * HOURS_PER_CREDIT} hours of learning its ${skill.credits} credits stand for`,
        });
      }
    });
  }
  return problems;
}

/**
 * One apprenticeship pathway as the Find an apprenticeship service publishes it: a framework
 * (title, number, dates, bodies, where it is published, the lists every level shares) with one or
 * more levels, each with its own facts. A fact the source does not give is `not-stated` (or
 * `to-follow`, where it promises it later), never an invented value.
 */
export const pathwaySchema = strictObject(pathwayFields).superRefine((pathway, ctx) => {
  pathway.levels.forEach((item, index) => {
    for (const problem of levelProblems(item))
      ctx.addIssue({ code: 'custom', path: ['levels', index, ...problem.path], message: problem.message });
  });
});

export type Pathway = z.infer<typeof pathwaySchema>;
export type PathwayLevel = Pathway['levels'][number];
export type Qualification = PathwayLevel['qualifications']['items'][number];
export type { Unstated };

/** The lists of { id, text } items that <ItemList list="…"> shows: the framework's, and each level's. */
export const frameworkListNames = [
  'deliveryMethods',
  'additionalRequirements',
  'protectedCharacteristics',
  'legislation',
  'progressionAreas',
] as const satisfies readonly (keyof Pathway)[];
export const levelListNames = ['entryRoutes', 'priorQualifications'] as const satisfies readonly (keyof PathwayLevel)[];
export const itemListNames = [...levelListNames, ...frameworkListNames] as const;
export type ItemListName = (typeof itemListNames)[number];
