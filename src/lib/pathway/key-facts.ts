/**
 * A pathway's key facts as rows of a list (term, value): the facts of each level, and the facts
 * of the framework. The key facts box and the home page's list of pathways show them. Pure.
 */
import type { Locale } from '../i18n/locale';
import { ownLanguageFirst } from '../i18n/locale';
import { formatChoice, formatDate, formatList, formatNumber } from '../i18n/format';
import { formatCount } from '../i18n/count';
import type { Translate } from '../i18n/translate';
import type { Pathway, PathwayLevel, Qualification } from '../../schemas/pathway';
import { isUnstated, type Unstated } from '../../schemas/unstated';
import { statedText, unstatedText } from './facts';

export type FactRow = [term: string, value: string];

/**
 * The languages a qualification can be assessed in: one, or the learner's choice of them
 * ("English or Welsh: you choose"), never "English and Welsh", which reads as both.
 */
export function assessmentLanguagesText(t: Translate, languages: readonly string[], lang: Locale): string {
  const names = ownLanguageFirst(languages, lang).map((l) => t(`language-${l}`));
  return names.length > 1 ? t('languages-you-choose', { languages: formatChoice(names, lang) }) : names.join('');
}

const stated = <T>(t: Translate, value: T | Unstated, show: (value: T) => string): string => statedText(value, t, show);

/** "Level 4 Diploma in Clinical Coding (Wales) (C00/4514/4)", or the title alone when its number is not stated. */
export function qualificationWithNumber(q: Qualification, lang: Locale): string {
  return isUnstated(q.number) ? q.title[lang] : `${q.title[lang]} (${q.number})`;
}

/** The level's qualifications in a line: one, or "One of: …" / "All of: …". */
export function qualificationsText(t: Translate, level: PathwayLevel, lang: Locale): string {
  const { items, choice } = level.qualifications;
  if (items.length === 1) return qualificationWithNumber(items[0]!, lang);
  return t(`fact-choice-${choice}`, {
    qualifications: formatList(
      items.map((q) => qualificationWithNumber(q, lang)),
      lang,
    ),
  });
}

/** The term for a level's minimum credits: the pathway's, where it has one level; the level's, where it has several. */
export const minimumCreditsTerm = (t: Translate, levels: number) => t(levels === 1 ? 'fact-minimum-credits' : 'fact-minimum-credits-level');

/** The facts of one level (of `levels` the pathway has), in the order the key facts box gives them. */
export function levelRows(t: Translate, level: PathwayLevel, lang: Locale, levels = 1): FactRow[] {
  const items = level.qualifications.items;
  const only = items.length === 1 ? items[0]! : undefined;
  const hours = (value: number | Unstated) => stated(t, value, (n) => formatCount(t, lang, 'hour', n, 'figures'));
  const rows: FactRow[] = [[t('fact-level'), formatNumber(level.level, lang)]];
  if (only) {
    rows.push(
      [t('fact-qualification'), only.title[lang]],
      [t('fact-qualification-number'), stated(t, only.number, (n) => n)],
      [t('fact-awarding-body'), stated(t, only.awardingBody, (body) => body.name[lang])],
    );
  } else rows.push([t('fact-qualifications'), qualificationsText(t, level, lang)]);
  rows.push([minimumCreditsTerm(t, levels), stated(t, level.minimumCredits, (n) => formatCount(t, lang, 'credit', n, 'figures'))]);
  if (only) rows.push([t('fact-tqt'), hours(only.totalQualificationTime)]);
  rows.push([t('fact-on-the-job'), hours(level.trainingHours.onTheJob)], [t('fact-off-the-job'), hours(level.trainingHours.offTheJob)]);
  if (only)
    rows.push([
      t('fact-assessment-languages'),
      stated(t, only.assessmentLanguages, (languages) => assessmentLanguagesText(t, languages, lang)),
    ]);
  const annex = level.qualifications.annex;
  if (annex) rows.push([annex.title[lang], unstatedText(annex.status, t)]);
  return rows;
}

/** The facts of the framework that every level shares. */
export function frameworkRows(t: Translate, pathway: Pathway, lang: Locale): FactRow[] {
  const rows: FactRow[] = [];
  if (!isUnstated(pathway.frameworkNumber)) rows.push([t('fact-framework-number'), pathway.frameworkNumber]);
  rows.push([t('fact-funding'), pathway.bodies.funding.statement[lang]], [t('fact-issued'), formatDate(pathway.revisionDate, lang)]);
  return rows;
}
