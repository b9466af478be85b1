/**
 * Builds the site from temporary copies of content/ to prove two things end to end:
 * a broken content file stops `astro build` with a message naming the file, field and reason;
 * and a second pathway made only of content files builds into a working bilingual section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { buildSite, tempProject, type BuildResult } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';
import { parseHtml, visibleText } from '../support/html';

const BUILD_TIMEOUT = 180_000;

describe('a broken content file fails the build, naming file, field and reason', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((cleanup) => cleanup()));

  it('an Essential Skills unit with zero credits in pathway.yaml', async () => {
    const project = tempProject();
    cleanups.push(project.cleanup);
    const file = join(project.contentDir, 'pathways', 'clinical-coding', 'pathway.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['essentialSkills', 1, 'credits'], 0);
    writeFileSync(file, doc.toString());

    const result = await buildSite(project);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('pathways/clinical-coding/pathway.yaml');
    expect(result.output).toContain('essentialSkills.1.credits: must be greater than zero');
  }, BUILD_TIMEOUT);

  it('a page linking to a section that does not exist', async () => {
    const project = tempProject();
    cleanups.push(project.cleanup);
    copyFileSync(
      join(fixturesDir, 'broken', 'build', 'progression-unknown-section.mdx'),
      join(project.contentDir, 'pathways', 'clinical-coding', 'pages', 'en', 'progression.mdx'),
    );
    const result = await buildSite(project);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(
      /pathways\/clinical-coding\/pages\/en\/progression\.mdx: body <PageLink page="training">: refers to unknown section "no-such-section" of page "training"/,
    );
  }, BUILD_TIMEOUT);
});

describe('a second pathway needs content files and no code change', () => {
  let result: BuildResult;
  let cleanup: () => void;
  const fixturePathway = parseDocument(
    readFileSync(join(fixturesDir, 'second-pathway', 'pathways', 'health-records', 'pathway.yaml'), 'utf8'),
  ).toJS() as { id: string; slug: { en: string; cy: string }; title: { en: string; cy: string }; qualification: { number: string }; trainingHours: { onTheJob: number; offTheJob: number } };
  const page = (url: string) => {
    const file = join(result.outDir, url, 'index.html');
    expect(existsSync(file), `${url} was not built`).toBe(true);
    return parseHtml(readFileSync(file, 'utf8'));
  };
  const en = `/en/${fixturePathway.slug.en}/`;
  const cy = `/cy/${fixturePathway.slug.cy}/`;

  beforeAll(async () => {
    const project = tempProject();
    cleanup = project.cleanup;
    cpSync(join(fixturesDir, 'second-pathway', 'pathways'), join(project.contentDir, 'pathways'), { recursive: true });
    result = await buildSite(project);
    if (result.code !== 0) throw new Error(`the build with a second pathway failed:\n${result.output}`);
  }, BUILD_TIMEOUT);
  afterAll(() => {
    cleanup?.();
  });

  it('builds each of its pages in both languages, each toggle pointing to the counterpart', () => {
    const pairs = [
      [en, cy],
      [`${en}training/`, `${cy}hyfforddiant/`],
    ];
    for (const [english, welsh] of pairs) {
      const enPage = page(english!);
      const cyPage = page(welsh!);
      expect(enPage.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
      expect(cyPage.querySelector('html')?.getAttribute('lang')).toBe('cy');
      expect(enPage.querySelector('a.language-toggle')?.getAttribute('href')).toBe(welsh);
      expect(cyPage.querySelector('a.language-toggle')?.getAttribute('href')).toBe(english);
    }
  });

  it('shows its own facts, not the first pathway\'s', () => {
    const text = visibleText(page(cy).querySelector('main'));
    expect(text).toContain(fixturePathway.qualification.number);
    expect(visibleText(page(`${en}training/`).querySelector('main'))).toContain(String(fixturePathway.trainingHours.onTheJob));
  });

  it('is listed on the home page in both languages', () => {
    for (const [lang, url] of [['en', en], ['cy', cy]] as const) {
      const home = page(`/${lang}/`);
      const link = home.querySelectorAll('main a').find((a) => a.getAttribute('href') === url);
      expect(link, `/${lang}/ has no link to ${url}`).toBeDefined();
      expect(visibleText(link)).toContain(fixturePathway.title[lang]);
    }
  });

  it('leaves the clinical coding pathway in place', () => {
    expect(visibleText(page('/en/clinical-coding/').querySelector('h1'))).not.toBe('');
    expect(visibleText(page('/cy/codio-clinigol/').querySelector('h1'))).not.toBe('');
  });
});
