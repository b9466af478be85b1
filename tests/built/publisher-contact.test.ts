/**
 * How a reader reaches the site's publisher, as content/site/site.yaml gives it. While the contact
 * is not given (today), the accessibility statement says so in each language, under "Feedback and
 * contact information" and "Reporting accessibility problems", and says what a reader can do
 * meanwhile: read each pathway where it is published, linked; no page offers an address. With a
 * contact given, tests/build/ready-to-deploy-build.test.ts builds the site and reads it there.
 */
import { describe, expect, it } from 'vitest';
import { content, t } from '../support/content';
import { pageAt, singleLanguagePages } from '../support/site-pages';
import { sectionUnder, visibleText } from '../support/html';
import { findRoute, routeKey, SITE_OWNER } from '../../src/lib/routing/routes';
import { locales, otherLocale } from '../../src/lib/i18n/locale';
import { contactDetailsOf } from '../../src/schemas/site';
import { isUnstated } from '../../src/schemas/unstated';

const contact = contactDetailsOf(content.site.contact);
const statement = (lang: 'en' | 'cy') => pageAt(findRoute(content.routes, routeKey(SITE_OWNER, 'accessibility'), lang)!.url);

describe.skipIf(contact !== undefined)("while the publisher's contact is not given", () => {
  it.each(locales)('the accessibility statement (%s) says there are no contact details yet, and no way yet to report a problem', (lang) => {
    const doc = statement(lang).doc;
    const paragraphs = (section: string) =>
      sectionUnder(doc, section)
        .flatMap((part) => (part.tagName === 'P' ? [part] : part.querySelectorAll('p')))
        .map(visibleText);
    expect(paragraphs('feedback-and-contact')).toContain(t[lang]('contact-feedback-not-given'));
    expect(paragraphs('reporting-problems')).toEqual(
      expect.arrayContaining([t[lang]('contact-report-not-given'), t[lang]('contact-meanwhile')]),
    );
  });

  it.each(locales)(
    "meanwhile, the statement (%s) links each pathway where it is published, in the reader's language where its address is known",
    (lang) => {
      const links = sectionUnder(statement(lang).doc, 'reporting-problems')
        .flatMap((part) => part.querySelectorAll('a'))
        .map((a) => a.getAttribute('href'));
      for (const pathway of content.pathways) {
        const url = isUnstated(pathway.published[lang]) ? pathway.published[otherLocale(lang)] : pathway.published[lang];
        expect(links, pathway.id).toContain(url);
      }
    },
  );

  it('no page offers an email address or a contact the content does not give', () => {
    for (const page of singleLanguagePages()) {
      expect(page.doc.querySelectorAll('a[href^="mailto:"]').length, page.url).toBe(0);
      expect(page.doc.querySelector('.contact-details a[href^="mailto:"], .footer-contact'), page.url).toBeNull();
    }
  });
});
