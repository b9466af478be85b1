/**
 * The pathway's language-neutral facts by name, so prose can say <Fact name="minimumCredits" />
 * instead of typing a number that could one day disagree with the data.
 */
import type { Locale } from './locale';
import { formatDate, formatList, formatNumber } from './format';
import { formatCount } from './count';
import type { Pathway } from '../schemas/pathway';
import type { Site } from '../schemas/site';
import { fill, placeholders } from './template';

export const factNames = [
  'level',
  'minimumCredits',
  'qualificationTitle',
  'qualificationNumber',
  'creditValue',
  'totalQualificationTime',
  'awardingBody',
  'onTheJobHours',
  'offTheJobHours',
  'revisionDate',
  'approvingBody',
  'approvingBodyAbbreviation',
  'fundingBody',
  'essentialSkillsLevel',
  'essentialSkillCredits',
  'essentialSkillGlh',
  'essentialSkillNames',
] as const;
export type FactName = (typeof factNames)[number];

/** The one value every Essential Skills unit shares, or an error when they differ. */
function shared(pathway: Pathway, pick: (skill: Pathway['essentialSkills'][number]) => number, name: string): number {
  const values = new Set(pathway.essentialSkills.map(pick));
  if (values.size !== 1) throw new Error(`<Fact name="${name}"> needs every Essential Skills unit to have the same value`);
  return [...values][0]!;
}

/** The facts that are numbers, so prose can count them: <Fact name="minimumCredits" count="credit" />. */
export function factNumber(pathway: Pathway, name: string): number | undefined {
  switch (name as FactName) {
    case 'level': return pathway.level;
    case 'minimumCredits': return pathway.minimumCredits;
    case 'creditValue': return pathway.qualification.creditValue;
    case 'totalQualificationTime': return pathway.qualification.totalQualificationTime;
    case 'onTheJobHours': return pathway.trainingHours.onTheJob;
    case 'offTheJobHours': return pathway.trainingHours.offTheJob;
    case 'essentialSkillsLevel': return shared(pathway, (s) => s.level, name);
    case 'essentialSkillCredits': return shared(pathway, (s) => s.credits, name);
    case 'essentialSkillGlh': return shared(pathway, (s) => s.glh, name);
    default: return undefined;
  }
}

export function factText(pathway: Pathway, name: string, lang: Locale): string {
  const number = factNumber(pathway, name);
  if (number !== undefined) return formatNumber(number, lang);
  switch (name as FactName) {
    case 'qualificationTitle': return pathway.qualification.title[lang];
    case 'qualificationNumber': return pathway.qualification.number;
    case 'awardingBody': return pathway.bodies.awarding.name;
    case 'revisionDate': return formatDate(pathway.revisionDate, lang);
    case 'approvingBody': return pathway.bodies.approving.name[lang];
    case 'approvingBodyAbbreviation': return (pathway.bodies.approving.abbreviation ?? pathway.bodies.approving.name)[lang];
    case 'fundingBody': return pathway.bodies.funding.name[lang];
    case 'essentialSkillNames': return formatList(pathway.essentialSkills.map((s) => s.name[lang]), lang);
    default:
      throw new Error(`<Fact name="${name}"> is not a fact; use one of ${[...factNames, ...siteFactNames].join(', ')}`);
  }
}

/** A number fact with its noun, as every count on the site is written (src/lib/count.ts). */
export function factCountText(pathway: Pathway, name: string, noun: string, template: (key: string) => string, lang: Locale): string {
  const number = factNumber(pathway, name);
  if (number === undefined) {
    factText(pathway, name, lang);
    throw new Error(`<Fact name="${name}" count="${noun}"> counts a fact that is not a number; use count only with ${factNames.filter((fact) => factNumber(pathway, fact) !== undefined).join(', ')}`);
  }
  return formatCount(template, lang, noun, number);
}

/** Facts about the site itself (content/site/site.yaml), for site pages such as the accessibility statement. */
export const siteFactNames = ['siteLastReviewed'] as const;
export type SiteFactName = (typeof siteFactNames)[number];

export function isSiteFact(name: string): name is SiteFactName {
  return (siteFactNames as readonly string[]).includes(name);
}

export function siteFactText(site: Pick<Site, 'lastReviewed'>, name: SiteFactName, lang: Locale): string {
  switch (name) {
    case 'siteLastReviewed': return formatDate(site.lastReviewed, lang);
  }
}

/** The noun each number fact counts, so text that names it writes it as every count is written. */
export const factNouns: Partial<Record<FactName, string>> = {
  minimumCredits: 'credit',
  creditValue: 'credit',
  totalQualificationTime: 'hour',
  onTheJobHours: 'hour',
  offTheJobHours: 'hour',
  essentialSkillCredits: 'credit',
  essentialSkillGlh: 'guided-learning-hour',
};

/**
 * Text from content with `{factName}` placeholders (a step, an answer), filled from the pathway's
 * data; a fact that counts something comes with its noun ("{onTheJobHours}" gives "280 o oriau").
 */
export function withFacts(template: string, pathway: Pathway, lang: Locale, interfaceString: (key: string) => string): string {
  const value = (name: string) => {
    const noun = factNouns[name as FactName];
    return noun ? factCountText(pathway, name, noun, interfaceString, lang) : factText(pathway, name, lang);
  };
  return fill(template, Object.fromEntries(placeholders(template).map((name) => [name, value(name)])));
}
