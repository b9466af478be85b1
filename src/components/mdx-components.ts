/**
 * The components a content author can use in MDX without importing them: exactly the ones the
 * content check allows (CONTENT_COMPONENTS in src/mdx/element-rules.ts; `satisfies` holds the two
 * lists together).
 */
import type { ContentComponent } from '../mdx/element-rules';
import Fact from './Fact.astro';
import PageLink from './PageLink.astro';
import Term from './Term.astro';
import KeyFacts from './KeyFacts.astro';
import QualificationTable from './QualificationTable.astro';
import EssentialSkillsTable from './EssentialSkillsTable.astro';
import TrainingHoursTable from './TrainingHoursTable.astro';
import EssentialSkillsList from './EssentialSkillsList.astro';
import ItemList from './ItemList.astro';
import GlossaryList from './GlossaryList.astro';
import PathwayList from './PathwayList.astro';
import SearchPage from './SearchPage.astro';
import AllPagesList from './AllPagesList.astro';
import OpenDataFiles from './OpenDataFiles.astro';
import OpenDataFields from './OpenDataFields.astro';
import OpenDataExample from './OpenDataExample.astro';
import PublisherContact from './PublisherContact.astro';
import WithoutJavaScript from './WithoutJavaScript.astro';
import AtAGlance from './AtAGlance.astro';

export const mdxComponents = {
  Fact,
  PageLink,
  Term,
  KeyFacts,
  QualificationTable,
  EssentialSkillsTable,
  TrainingHoursTable,
  EssentialSkillsList,
  ItemList,
  GlossaryList,
  PathwayList,
  SearchPage,
  AllPagesList,
  OpenDataFiles,
  OpenDataFields,
  OpenDataExample,
  PublisherContact,
  WithoutJavaScript,
  AtAGlance,
} satisfies Record<ContentComponent, unknown>;
