/**
 * Counts on the built Welsh pages follow content/welsh-style.md: a number other than 1 takes "o"
 * and the plural ("48 o gredydau"), whatever the number (never "6 credyd", which
 * speech would mutate). Numbers come from the data; the Welsh around them is
 * written here from the rule, not read from the site's strings.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../support/content';
import { pageAt } from '../support/site-pages';
import { visibleText } from '../support/html';
import { findRoute, routeKey, CHECKER_PAGE_ID } from '../../src/lib/routes';
import { formatNumber } from '../../src/lib/format';
import { questionsOnPaths } from '../../src/lib/checker/engine';

const pathway = content.pathways[0]!;
// This pathway's figures, all stated (this test counts them).
const level = pathway.levels[0]! as unknown as { minimumCredits: number; trainingHours: { onTheJob: number; offTheJob: number }; essentialSkills: { name: { cy: string }; level: number; credits: number; glh: number }[] };
const qualification = pathway.levels[0]!.qualifications.items[0]! as unknown as { totalQualificationTime: number };
const welshText = (pageId: string) => visibleText(pageAt(findRoute(content.routes, routeKey(pathway.id, pageId), 'cy')!.url).doc.querySelector('main'));
const n = (value: number) => formatNumber(value, 'cy');
/** "o" and the plural after any number but 1 (the site's figures are all more than 1). */
const plural = (value: number, noun: string) => {
  expect(value, 'this test expects a figure other than 1').not.toBe(1);
  return `${n(value)} o ${noun}`;
};

describe('counts on the Welsh pages', () => {
  it('key facts: credits and hours', () => {
    // The pathway's own page, which holds its key facts.
    const text = welshText(pathway.pages[0]!);
    expect(text).toContain(plural(level.minimumCredits, 'gredydau'));
    expect(text).toContain(plural(qualification.totalQualificationTime, 'oriau'));
    expect(text).toContain(plural(level.trainingHours.onTheJob, 'oriau'));
    expect(text).toContain(plural(level.trainingHours.offTheJob, 'oriau'));
  });

  it('prose: a figure from the data is counted as the key facts count it, never in a second form', () => {
    const pages = pathway.pages.map(welshText).join('\n');
    expect(pages).toContain(`${plural(level.minimumCredits, 'gredydau')} yw'r isafswm credydau gofynnol`);
    expect(pages).toContain(`o leiaf ${plural(level.trainingHours.onTheJob, 'oriau')} hyfforddiant yn y gwaith`);
    expect(pages).toContain(`o leiaf ${plural(level.trainingHours.offTheJob, 'oriau')} hyfforddiant i ffwrdd o'r gwaith`);
    for (const figure of [level.minimumCredits, level.trainingHours.onTheJob, level.trainingHours.offTheJob]) {
      expect(pages).not.toMatch(new RegExp(`\\b${n(figure)} (credyd|awr)\\b`));
    }
  });

  it('Essential Skills: credits and guided learning hours', () => {
    const text = pathway.pages.map(welshText).join('\n');
    for (const skill of level.essentialSkills) {
      expect(text).toContain(`${skill.name.cy} (Sgiliau Hanfodol Cymru, Lefel ${n(skill.level)}): ${plural(skill.credits, 'gredydau')}, ${plural(skill.glh, 'oriau dysgu dan arweiniad')}`);
    }
  });

  it('the checker: how many questions', () => {
    const flow = content.checkers.get(pathway.id)!;
    const text = visibleText(pageAt(findRoute(content.routes, routeKey(pathway.id, CHECKER_PAGE_ID), 'cy')!.url).doc.querySelector('main'));
    expect(text).toContain(`Mae ${plural(questionsOnPaths(flow).most, 'gwestiynau')}, un ar bob tudalen.`);
  });
});
