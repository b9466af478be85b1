import { identifier, strictObject, text, titleText } from './localised';

/** Frontmatter of one page of prose in one language (`content/**\/pages/<lang>/<file>.mdx`). */
export const pageSchema = strictObject({
  /** Names the page across languages: the English and Welsh files of a page share it. */
  id: identifier,
  /** The last part of the page's URL in this language; a pathway's first page and the home page have none. */
  slug: identifier.optional(),
  title: titleText(120),
  /** Short label for navigation and breadcrumbs, when the title is long. */
  navTitle: titleText(60).optional(),
  description: text
    .min(50, 'is too short for a meta description (50 characters at least)')
    .max(200, 'is too long for a meta description (200 characters at most)'),
});
