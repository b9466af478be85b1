/**
 * The pathway's language-neutral facts by name, so prose can say <Fact name="minimumCredits" />
 * instead of typing a number that could one day disagree with the data.
 *
 * A fact belongs to the framework (its dates, bodies, number) or to one of its levels (credits,
 * qualifications, hours). A level's fact names its level (`level="4"`, `{minimumCredits@4}`),
 * which may be left out only where the pathway has one level. A fact the pathway does not state
 * is written in words ("Not stated in the pathway"), never as a number.
 */
import type { Locale } from '../i18n/locale';
import { capitalise, formatDate, formatList, formatNumber } from '../i18n/format';
import { formatCount, startsSentence, type CountSetting } from '../i18n/count';
import type { Pathway, PathwayLevel, Qualification } from '../../schemas/pathway';
import type { Site } from '../../schemas/site';
import { isUnstated, type Unstated } from '../../schemas/unstated';

/** Which level (and, where a level has several, which qualification) a fact is of. */
export interface FactPlace {
  level?: number | undefined;
  qualification?: string | undefined;
}

/** Interface strings by key: the words for a fact that is not stated. */
export type Words = (key: string) => string;

/** A fact's value: a number, a text, or the reason it has none. */
type Value = number | string | Unstated;

/** The levels a pathway has, as prose names them: "3 and 4". */
export function levelNumbers(pathway: Pathway): number[] {
  return pathway.levels.map((item) => item.level);
}

/** The level a fact is of: the one named, or the only one; an error saying which to name otherwise. */
export function levelOf(pathway: Pathway, level: number | undefined, what: string): PathwayLevel {
  if (level === undefined) {
    if (pathway.levels.length === 1) return pathway.levels[0]!;
    throw new Error(
      `${what} is a fact of one level, and ${pathway.id} has levels ${levelNumbers(pathway).join(' and ')}: say which, for example level="${pathway.levels[0]!.level}"`,
    );
  }
  const found = pathway.levels.find((item) => item.level === level);
  if (!found)
    throw new Error(`${what} names level ${level}, which ${pathway.id} does not have (its levels: ${levelNumbers(pathway).join(', ')})`);
  return found;
}

/** The qualification a fact is of: the one named, or the level's only one. */
function qualificationOf(item: PathwayLevel, id: string | undefined, what: string): Qualification {
  const items = item.qualifications.items;
  if (id === undefined) {
    if (items.length === 1) return items[0]!;
    throw new Error(
      `${what} is a fact of one qualification, and level ${item.level} has ${items.length} (${items.map((q) => q.id).join(', ')}): say which, with qualification="…"`,
    );
  }
  const found = items.find((q) => q.id === id);
  if (!found)
    throw new Error(`${what} names qualification "${id}", which level ${item.level} does not have (${items.map((q) => q.id).join(', ')})`);
  return found;
}

/** The one value every Essential Skills unit of a level shares, or an error when they differ. */
function shared(
  item: PathwayLevel,
  pick: (skill: Exclude<PathwayLevel['essentialSkills'], Unstated>[number]) => Value,
  what: string,
): Value {
  if (isUnstated(item.essentialSkills)) return item.essentialSkills;
  const values = new Set(item.essentialSkills.map(pick));
  if (values.size !== 1) throw new Error(`${what} needs every Essential Skills unit of level ${item.level} to have the same value`);
  return [...values][0]!;
}

/** What a level's fact is read from: the level, and the qualification named where it has several. */
interface LevelFactSource {
  item: PathwayLevel;
  lang: Locale;
  qualification: () => Qualification;
  /** The fact as content names it, for errors. */
  what: string;
}

/** A fact: what it is of and how its value is read; `noun`, for a number, what it counts. */
type Fact =
  | { of: 'framework'; value: (pathway: Pathway, lang: Locale) => Value; noun?: undefined }
  | { of: 'level'; value: (source: LevelFactSource) => Value; noun?: string };

/** Every fact by name, a level's first: a new fact is one entry here. */
const FACTS = {
  level: { of: 'level', value: ({ item }) => item.level },
  levelName: { of: 'level', value: ({ item, lang }) => item.name[lang] },
  minimumCredits: { of: 'level', value: ({ item }) => item.minimumCredits, noun: 'credit' },
  qualificationTitle: { of: 'level', value: ({ qualification, lang }) => qualification().title[lang] },
  qualificationNumber: { of: 'level', value: ({ qualification }) => qualification().number },
  creditValue: { of: 'level', value: ({ qualification }) => qualification().creditValue, noun: 'credit' },
  totalQualificationTime: { of: 'level', value: ({ qualification }) => qualification().totalQualificationTime, noun: 'hour' },
  awardingBody: {
    of: 'level',
    value: ({ qualification, lang }) => {
      const body = qualification().awardingBody;
      return isUnstated(body) ? body : body.name[lang];
    },
  },
  onTheJobHours: { of: 'level', value: ({ item }) => item.trainingHours.onTheJob, noun: 'hour' },
  offTheJobHours: { of: 'level', value: ({ item }) => item.trainingHours.offTheJob, noun: 'hour' },
  essentialSkillsLevel: { of: 'level', value: ({ item, what }) => shared(item, (s) => s.level, what) },
  essentialSkillCredits: { of: 'level', value: ({ item, what }) => shared(item, (s) => s.credits, what), noun: 'credit' },
  essentialSkillGlh: { of: 'level', value: ({ item, what }) => shared(item, (s) => s.glh, what), noun: 'guided-learning-hour' },
  essentialSkillNames: {
    of: 'level',
    value: ({ item, lang }) =>
      isUnstated(item.essentialSkills)
        ? item.essentialSkills
        : formatList(
            item.essentialSkills.map((s) => s.name[lang]),
            lang,
          ),
  },
  frameworkNumber: { of: 'framework', value: (pathway) => pathway.frameworkNumber },
  revisionDate: { of: 'framework', value: (pathway, lang) => formatDate(pathway.revisionDate, lang) },
  approvingBody: {
    of: 'framework',
    value: (pathway, lang) =>
      formatList(
        pathway.bodies.approving.map((body) => body.name[lang]),
        lang,
      ),
  },
  approvingBodyAbbreviation: {
    of: 'framework',
    value: (pathway, lang) =>
      formatList(
        pathway.bodies.approving.map((body) => (body.abbreviation ?? body.name)[lang]),
        lang,
      ),
  },
  fundingBody: { of: 'framework', value: (pathway, lang) => pathway.bodies.funding.name[lang] },
} satisfies Record<string, Fact>;

export type FactName = keyof typeof FACTS;
export const factNames = Object.keys(FACTS) as FactName[];
const factsOf = (of: Fact['of']) => factNames.filter((name) => (FACTS[name] as Fact).of === of);
export const levelFactNames = factsOf('level');
export const frameworkFactNames = factsOf('framework');

const isFactName = (name: string): name is FactName => Object.hasOwn(FACTS, name);

export function isLevelFact(name: string): boolean {
  return isFactName(name) && FACTS[name].of === 'level';
}

/** The noun each number fact counts, so text that names it writes it as every count is written. */
export const factNouns: Partial<Record<FactName, string>> = Object.fromEntries(
  factNames.flatMap((name) => {
    const { noun } = FACTS[name] as Fact;
    return noun ? [[name, noun]] : [];
  }),
);

function factValue(pathway: Pathway, name: string, lang: Locale, place: FactPlace): Value {
  const what = `<Fact name="${name}">`;
  if (!isFactName(name)) throw new Error(`${what} is not a fact; use one of ${[...factNames, ...siteFactNames].join(', ')}`);
  const fact: Fact = FACTS[name];
  if (fact.of === 'framework') return fact.value(pathway, lang);
  const item = levelOf(pathway, place.level, what);
  return fact.value({ item, lang, what, qualification: () => qualificationOf(item, place.qualification, what) });
}

/** The words for a fact the pathway does not give ("Not stated in the pathway"), from the interface strings. */
export function unstatedText(value: Unstated, words: Words): string {
  return words(`fact-${value}`);
}

/** A fact as text: `show` of its value, or the words for why the pathway gives none. */
export function statedText<T>(value: T | Unstated, words: Words, show: (value: T) => string): string {
  return isUnstated(value) ? unstatedText(value, words) : show(value);
}

/** The facts that are numbers (or not stated), so prose can count them: <Fact name="minimumCredits" count="credit" />. */
export function factNumber(pathway: Pathway, name: string, place: FactPlace = {}, lang: Locale = 'en'): number | Unstated | undefined {
  const value = factValue(pathway, name, lang, place);
  return typeof value === 'number' || isUnstated(value) ? value : undefined;
}

export function factText(pathway: Pathway, name: string, lang: Locale, words: Words, place: FactPlace = {}): string {
  const value = factValue(pathway, name, lang, place);
  if (isUnstated(value)) return unstatedText(value, words);
  return typeof value === 'number' ? formatNumber(value, lang) : value;
}

/**
 * A number fact with its noun, as every count on the site is written (src/lib/i18n/count.ts): `'prose'`
 * in a sentence ("chwe chredyd", "48 credyd"), `'figures'` in a list of facts ("6 credyd").
 */
export function factCountText(
  pathway: Pathway,
  name: string,
  noun: string,
  words: Words,
  lang: Locale,
  where: CountSetting,
  place: FactPlace = {},
): string {
  const value = factValue(pathway, name, lang, place);
  if (isUnstated(value)) return unstatedText(value, words);
  if (typeof value !== 'number') {
    throw new Error(
      `<Fact name="${name}" count="${noun}"> counts a fact that is not a number; use count only with ${levelFactNames.filter((fact) => factNouns[fact]).join(', ')}`,
    );
  }
  return formatCount(words, lang, noun, value, where);
}

/** Facts about the site itself (content/site/site.yaml), for site pages such as the accessibility statement. */
const SITE_FACTS = {
  siteLastReviewed: (site: Pick<Site, 'lastReviewed'>, lang: Locale) => formatDate(site.lastReviewed, lang),
} satisfies Record<string, (site: Pick<Site, 'lastReviewed'>, lang: Locale) => string>;
export type SiteFactName = keyof typeof SITE_FACTS;
export const siteFactNames = Object.keys(SITE_FACTS) as SiteFactName[];

export function isSiteFact(name: string): name is SiteFactName {
  return Object.hasOwn(SITE_FACTS, name);
}

export function siteFactText(site: Pick<Site, 'lastReviewed'>, name: SiteFactName, lang: Locale): string {
  return SITE_FACTS[name](site, lang);
}

/** `{minimumCredits}`, or `{minimumCredits@4}` for level 4's, in text from content (a step, an answer). */
const FACT_PLACEHOLDER = /\{(\w+)(?:@(\d+))?\}/g;

/** The facts a text names, each with the level it names, in order. */
export function factPlaceholders(template: string): { name: string; level?: number; written: string }[] {
  return [...template.matchAll(FACT_PLACEHOLDER)].map((match) => ({
    name: match[1]!,
    written: match[0],
    ...(match[2] ? { level: Number(match[2]) } : {}),
  }));
}

/**
 * Text from content with fact placeholders, filled from the pathway's data; a fact that counts
 * something comes with its noun, as prose counts ("{onTheJobHours}" gives "280 hours"; a Welsh
 * count under ten is words, "chwe chredyd", with a capital where it starts a sentence).
 */
export function withFacts(template: string, pathway: Pathway, lang: Locale, words: Words): string {
  return template.replace(FACT_PLACEHOLDER, (_written, name: string, level: string | undefined, offset: number) => {
    const place = { level: level === undefined ? undefined : Number(level) };
    const noun = factNouns[name as FactName];
    if (!noun) return factText(pathway, name, lang, words, place);
    const count = factCountText(pathway, name, noun, words, lang, 'prose', place);
    return startsSentence(template.slice(0, offset)) ? capitalise(count) : count;
  });
}
