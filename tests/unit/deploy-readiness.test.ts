/**
 * What the content must still give before the site may be published (src/hosting/readiness.ts),
 * as `npm run check:dist` says it: the publisher's contact for reporting problems, and the site's
 * real address in place of the placeholder. The shipped content's own contact is read as the build reads it.
 */
import { describe, expect, it } from 'vitest';
import { notReadyToDeploy, siteContactIn } from '../../src/hosting/readiness';
import { content } from '../support/content';
import { contentDir } from '../support/fixtures';

const contactNotGiven = "the publisher's contact for reporting problems is not given (content/site/site.yaml: contact)";
const placeholderAddress =
  'the site\'s address is the placeholder https://clinical-coding.example.wales: build with SITE_URL set to the site\'s real address (src/hosting/README.md, "Deploying")';
const realAddress = 'https://pathways.example.org';

describe('what the site lacks before it may be published', () => {
  it("the publisher's contact while it is not given, and the placeholder address while SITE_URL is not set", () => {
    expect(notReadyToDeploy({ contact: 'not-given', siteUrl: 'https://clinical-coding.example.wales' })).toEqual([
      contactNotGiven,
      placeholderAddress,
    ]);
    expect(notReadyToDeploy({ contact: 'not-given', siteUrl: realAddress })).toEqual([contactNotGiven]);
  });

  it('nothing once an email address or a contact page is given and the address is the real one', () => {
    expect(notReadyToDeploy({ contact: { email: 'accessibility@example.org' }, siteUrl: realAddress })).toEqual([]);
    expect(
      notReadyToDeploy({
        contact: { url: { en: 'https://example.org/contact', cy: 'https://example.org/cysylltu' } },
        siteUrl: realAddress,
      }),
    ).toEqual([]);
    expect(
      notReadyToDeploy({ contact: { email: 'accessibility@example.org' }, siteUrl: 'https://clinical-coding.example.wales/' }),
    ).toEqual([placeholderAddress]);
  });

  it('reads the contact from content/site/site.yaml as the site shows it', () => {
    expect(siteContactIn(contentDir)).toEqual(content.site.contact);
  });
});
