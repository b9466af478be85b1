/**
 * A build whose content gives the publisher's contact (tests/fixtures/good/content/site/contact-given.yaml),
 * built for a real address (SITE_URL): `npm run check:dist` says it is ready to deploy; the
 * accessibility statement gives the contact, in each language, to get in touch and to report a
 * problem, no longer saying there is no way yet; and every page's footer gives it. The shipped
 * content, which gives no contact, is checked in tests/built/ (check-dist.test.ts, publisher-contact.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { buildSite, tempProject, type BuildResult, type TempProject } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';
import { projectRoot } from '../support/paths';
import { parseHtml, sectionUnder, visibleText } from '../support/html';
import { content, t } from '../support/content';
import { findRoute, routeKey, SITE_OWNER } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/i18n/locale';

const BUILD_TIMEOUT = 300_000;
const SITE_URL = 'https://pathways.example.org';
const fixture = join(fixturesDir, 'good', 'content', 'site', 'contact-given.yaml');
const contact = parseDocument(readFileSync(fixture, 'utf8')).toJS().contact as { email: string; url: { en: string; cy: string } };

describe("a site whose content gives the publisher's contact, built for its real address", () => {
  let project: TempProject;
  let result: BuildResult;
  const page = (url: string) => parseHtml(readFileSync(join(result.outDir, url, 'index.html'), 'utf8'));
  const statementUrl = (lang: 'en' | 'cy') => findRoute(content.routes, routeKey(SITE_OWNER, 'accessibility'), lang)!.url;

  beforeAll(async () => {
    project = tempProject();
    cpSync(fixture, join(project.contentDir, 'site', 'site.yaml'));
    result = await buildSite(project, { SITE_URL });
    if (result.code !== 0) throw new Error(`the build failed:\n${result.output}`);
  }, BUILD_TIMEOUT);
  afterAll(() => project?.cleanup());

  it('is ready to deploy: check:dist passes, and the build says nothing is missing', () => {
    const output = execFileSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check-dist.ts'), result.outDir], {
      encoding: 'utf8',
    });
    expect(output).toContain('is ready to deploy');
    expect(result.output).not.toContain('not ready to deploy');
  });

  it.each(locales)(
    'the accessibility statement (%s) gives the email address and the contact page in its language, to get in touch and to report a problem',
    (lang) => {
      const doc = page(statementUrl(lang));
      for (const section of ['feedback-and-contact', 'reporting-problems']) {
        const parts = sectionUnder(doc, section);
        const links = parts.flatMap((part) => part.querySelectorAll('a')).map((a) => [a.getAttribute('href'), visibleText(a)]);
        expect(links, section).toEqual(
          expect.arrayContaining([
            [`mailto:${contact.email}`, contact.email],
            [contact.url[lang], contact.url[lang]],
          ]),
        );
        const text = parts.map((part) => visibleText(part)).join(' ');
        expect(text).toContain(t[lang](section === 'feedback-and-contact' ? 'contact-feedback' : 'contact-report'));
        expect(text).not.toContain(t[lang]('contact-feedback-not-given'));
        expect(text).not.toContain(t[lang]('contact-report-not-given'));
      }
    },
  );

  it.each(locales)("every page's footer (%s) gives the contact", (lang) => {
    for (const route of content.routes.filter((r) => r.lang === lang)) {
      const footer = page(route.url).querySelector('footer')!;
      expect(
        footer.querySelectorAll('a').map((a) => a.getAttribute('href')),
        route.url,
      ).toEqual(expect.arrayContaining([`mailto:${contact.email}`, contact.url[lang]]));
    }
  });

  it('writes valid HTML where the contact is shown', async () => {
    // The project's own rules (.htmlvalidate.json), which the temporary project does not hold.
    const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8'))));
    for (const lang of locales) {
      const file = join(result.outDir, statementUrl(lang), 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
