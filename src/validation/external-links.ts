/**
 * Where content's links to other sites may go: only to the hosts content/site/external-links.yaml
 * lists (checked with every link, src/mdx/addresses.ts), and from a Welsh page only to the
 * addresses its English page links, or to the Welsh version of one, listed in the same file. So a
 * change to a Welsh page alone (a translation vendor's, say) cannot send Welsh readers elsewhere.
 */
import type { FoundLink } from '../mdx/unsafe-content';
import { isExternalLink } from '../mdx/addresses';
import type { ExternalLinks } from '../schemas/external-links';

/** One MDX page's links, as the content check found them. */
export interface PageLinks {
  /** The file as messages name it. */
  shown: string;
  /** The folder of pages it belongs to ("content/site/pages"), and its language and id there. */
  folder: string;
  lang: string;
  id: string;
  links: FoundLink[];
}

/** The address with its fragment dropped: "#section" on another site does not change where it goes. */
const withoutFragment = (address: string) => address.trim().replace(/#.*$/, '');

/**
 * Each Welsh page's external links against its English page's: a Welsh link that the English
 * page does not have (nor the Welsh version of one it has), and an English link that the Welsh
 * page leaves out, are problems of the Welsh file.
 */
export function linkParityProblems(pages: readonly PageLinks[], welshVersions: ExternalLinks['welshVersions']): string[] {
  const welshOf = new Map(welshVersions.map((pair) => [withoutFragment(pair.en), withoutFragment(pair.cy)]));
  const external = (page: PageLinks) => page.links.filter((link) => isExternalLink(link.address));
  const problems: string[] = [];
  for (const welsh of pages.filter((page) => page.lang === 'cy')) {
    const english = pages.find((page) => page.lang === 'en' && page.folder === welsh.folder && page.id === welsh.id);
    if (!english) continue;
    const expected = new Map(
      external(english).map((link) => {
        const address = withoutFragment(link.address);
        return [welshOf.get(address) ?? address, { english: address, line: link.line }];
      }),
    );
    const present = new Set<string>();
    for (const link of external(welsh)) {
      const address = withoutFragment(link.address);
      present.add(address);
      if (!expected.has(address)) {
        problems.push(
          `${welsh.shown}:${link.line}:${link.column}: link "${link.address}" is not one of the English page's links (${english.shown}): a Welsh page links the same addresses as its English page, or the Welsh version of one, listed in content/site/external-links.yaml (welshVersions)`,
        );
      }
    }
    for (const [address, { english: from, line }] of expected) {
      if (!present.has(address)) {
        const welshVersion = address !== from ? ` (its Welsh version, ${address})` : '';
        problems.push(
          `${welsh.shown}:1:1: has no link to ${from}${welshVersion}, which the English page links (${english.shown}:${line}): link the same address, so that both languages send readers to the same place`,
        );
      }
    }
  }
  return problems;
}
