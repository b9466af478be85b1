/**
 * Counts on the built Welsh pages, as content/welsh-style.md counts, after the Welsh Government's
 * framework pages ("57 credyd yw'r isafswm credydau gofynnol…") and Agored Cymru ("6 awr"): a
 * numeral takes the singular ("48 credyd", "280 awr"), and in running prose one to nine are words
 * with their mutation ("chwe chredyd", "chwe chwestiwn"). Never "o" and the plural.
 *
 * The Welsh is written out here for this pathway's figures, not read from the site's strings or
 * made by the code that writes it; the first test says which figures, and fails first if the data
 * changes them.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../support/content';
import { pageAt } from '../support/site-pages';
import { visibleText, type HTMLElement } from '../support/html';
import {
  findRoute,
  routeKey,
  CHECKER_PAGE_ID,
  HOME_PAGE_ID,
  QUESTIONS_PAGE_ID,
  SITE_OWNER,
  STEPS_PAGE_ID,
} from '../../src/lib/routing/routes';

const pathway = content.pathways.find((item) => item.id === 'clinical-coding')!;
const doc = (owner: string, pageId: string) => pageAt(findRoute(content.routes, routeKey(owner, pageId), 'cy')!.url).doc;
const welshText = (pageId: string) => visibleText(doc(pathway.id, pageId).querySelector('main'));
/** A definition list's terms and values, as a reader pairs them. */
const definitions = (list: HTMLElement | null) =>
  Object.fromEntries((list?.querySelectorAll('dt') ?? []).map((dt) => [visibleText(dt), visibleText(dt.nextElementSibling)]));

/** Every Welsh page of the pathway, and the home page, as one text. */
const everyPage = () =>
  [...pathway.pages, STEPS_PAGE_ID, QUESTIONS_PAGE_ID, CHECKER_PAGE_ID].map(welshText).join('\n') +
  visibleText(doc(SITE_OWNER, HOME_PAGE_ID).querySelector('main'));

describe('counts on the Welsh pages', () => {
  it("this test is written for the pathway's figures: 48 credits, 480 hours of qualification time, 280 and 200 hours of training, Essential Skills of 6 credits and 60 guided learning hours", () => {
    const level = pathway.levels[0]!;
    expect([
      level.minimumCredits,
      level.qualifications.items[0]!.totalQualificationTime,
      level.trainingHours.onTheJob,
      level.trainingHours.offTheJob,
    ]).toEqual([48, 480, 280, 200]);
    expect((level.essentialSkills as { credits: number; glh: number }[]).map((skill) => [skill.credits, skill.glh])).toEqual([
      [6, 60],
      [6, 60],
      [6, 60],
    ]);
  });

  it('key facts: a numeral and the singular', () => {
    expect(definitions(doc(pathway.id, pathway.pages[0]!).querySelector('.key-facts dl'))).toMatchObject({
      'Isafswm credydau ar gyfer y llwybr': '48 credyd',
      'Cyfanswm amser cymhwyster': '480 awr',
      'Isafswm hyfforddiant yn y gwaith': '280 awr',
      "Isafswm hyfforddiant i ffwrdd o'r gwaith": '200 awr',
    });
  });

  it("the home page's list of pathways: a numeral and the singular", () => {
    expect(definitions(doc(SITE_OWNER, HOME_PAGE_ID).querySelector(`[data-pathway="${pathway.id}"] .pathway-facts`))).toMatchObject({
      'Isafswm credydau ar gyfer y llwybr': '48 credyd',
      'Isafswm hyfforddiant yn y gwaith': '280 awr',
      "Isafswm hyfforddiant i ffwrdd o'r gwaith": '200 awr',
    });
  });

  it('prose: the official sentences, with the count as the framework pages write it', () => {
    expect(welshText('overview')).toContain("48 credyd yw'r isafswm credydau gofynnol ar gyfer y llwybr hwn.");
    expect(welshText('qualifications')).toContain("48 credyd yw'r isafswm credydau gofynnol ar gyfer llwybr Codio Clinigol Lefel 4.");
    expect(welshText('training')).toContain(
      "Rhaid i chi wneud o leiaf 280 awr hyfforddiant yn y gwaith ac o leiaf 200 awr hyfforddiant i ffwrdd o'r gwaith.",
    );
    expect(welshText('training')).toContain("yn llai na'r isafswm oriau hyfforddiant i ffwrdd o'r gwaith, sef 200 awr.");
    expect(welshText('employers')).toContain('(C00/4514/4, 48 credyd)');
    expect(welshText('employers')).toContain("48 credyd yw'r isafswm credydau gofynnol ar gyfer y llwybr hwn.");
    expect(welshText('employers')).toContain(
      "Mae angen i'ch prentis gael o leiaf 280 awr hyfforddiant yn y gwaith ac o leiaf 200 awr hyfforddiant i ffwrdd o'r gwaith.",
    );
  });

  it('the Essential Skills list: figures, "6 credyd, 60 awr dysgu dan arweiniad"', () => {
    for (const page of ['training', 'employers']) {
      const text = welshText(page);
      for (const name of ['Cyfathrebu', 'Cymhwyso Rhif', 'Llythrennedd Digidol']) {
        expect(text, page).toContain(`${name} (Sgiliau Hanfodol Cymru, Lefel 2): 6 credyd, 60 awr dysgu dan arweiniad`);
      }
    }
  });

  it('the step by step: a count under ten in words, "chwe chredyd", beside "60 awr dysgu dan arweiniad"', () => {
    const text = welshText(STEPS_PAGE_ID);
    expect(text).toContain('O leiaf 280 awr.');
    expect(text).toContain('O leiaf 200 awr.');
    expect(text).toContain('pob un ag o leiaf chwe chredyd a 60 awr dysgu dan arweiniad.');
    expect(text).toContain("48 credyd yw'r isafswm credydau gofynnol ar gyfer y llwybr hwn.");
    expect(text).not.toMatch(/\b6 credyd/);
  });

  it('the questions people ask: the answers count hours as prose does', () => {
    const text = welshText(QUESTIONS_PAGE_ID);
    expect(text).toContain("O leiaf 280 awr hyfforddiant yn y gwaith ac o leiaf 200 awr hyfforddiant i ffwrdd o'r gwaith.");
    expect(text).toContain("o leiaf 280 awr yn y gwaith ac o leiaf 200 awr i ffwrdd o'r gwaith.");
  });

  it("the checker's start page: how many questions, in words", () => {
    expect(welshText(CHECKER_PAGE_ID)).toContain('Mae chwe chwestiwn, un ar bob tudalen.');
  });

  it('no page counts with "o" and the plural, or with a mutation after a numeral', () => {
    const text = everyPage();
    expect(text).not.toMatch(/\b\d[\d,]* o (?:gredydau|oriau|gwestiynau|ganlyniadau|rannau)\b/);
    expect(text).not.toMatch(/\b\d[\d,]* (?:gredyd|chredyd|gwestiwn|chwestiwn|ganlyniad|chanlyniad|ran)\b/);
    expect(text).not.toMatch(/\b(?:dau|tri|chwe) (?:credyd|cwestiwn|canlyniad)\b/);
  });
});
