import { z } from 'astro/zod';
import { pastDate, localised, strictObject } from './localised';

/**
 * How a reader reaches the site's publisher, to ask something or report a problem, as the public
 * sector accessibility regulations expect: `not-given` until the publisher gives one (as a fact the
 * pathway does not state is `not-stated`: src/schemas/unstated.ts). Never invent an address: the
 * site says plainly that there is no way yet, and `npm run check:dist` says it is not ready to deploy.
 */
export const CONTACT_NOT_GIVEN = 'not-given';

const httpsAddress = z.url({
  protocol: /^https$/,
  error: "must be an https address (the publisher's contact page or form in this language)",
});

/** An email address, a web address in each language (a contact page or form), or both. */
const contactDetails = strictObject({
  email: z.email({ error: 'must be an email address' }).optional(),
  url: strictObject({ en: httpsAddress, cy: httpsAddress }).optional(),
}).refine((contact) => contact.email !== undefined || contact.url !== undefined, {
  error: `gives neither an email address (email) nor a web address in each language (url): give one or both, or write contact: ${CONTACT_NOT_GIVEN}`,
});

export const contact = z.union([z.literal(CONTACT_NOT_GIVEN), contactDetails]);
export type Contact = z.infer<typeof contact>;
export type ContactDetails = z.infer<typeof contactDetails>;

/** The publisher's contact, or undefined while it is not given. */
export function contactDetailsOf(value: Contact): ContactDetails | undefined {
  return value === CONTACT_NOT_GIVEN ? undefined : value;
}

/** Facts about the site itself, as opposed to a pathway (`content/site/site.yaml`). */
export const siteSchema = strictObject({
  name: localised,
  /** When the site's own pages (home, glossary, accessibility statement) were last reviewed. */
  lastReviewed: pastDate,
  /** Where apprenticeship vacancies are published: an official service, at an address confirmed in a published source. */
  vacancies: strictObject({
    en: z.url({ protocol: /^https$/, error: 'must be the https address of the service that publishes apprenticeship vacancies' }),
    cy: z.url({
      protocol: /^https$/,
      error: 'must be the https address of the Welsh version of the service that publishes apprenticeship vacancies',
    }),
  }),
  contact,
});
export type Site = z.infer<typeof siteSchema>;
