/**
 * What a heading's attribute block (`## Entry routes {#entry-routes}`, the headingAttributes
 * feature set in astro.config.mjs) may hold: its id, and nothing else. The parser hands the block
 * on as the heading's `data.hProperties`, which become attributes of the published <h2>, so
 * `{#x .visually-hidden}`, `{#x aria-hidden=true}` or `{#x onclick=…}` would hide the heading,
 * restyle it or run script. The id must be lower-case words joined by hyphens: it is the
 * section's address, the same in both languages.
 */

export interface HeadingAttributeProblem {
  reason: string;
  /** How it is written in the block (`.visually-hidden`, `aria-hidden`, `#Entry_Routes`), to point at it. */
  written: string;
}

const SECTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ONLY_ID = 'a heading may carry only its {#id}';

/** Every problem with a heading's (or, on any other node, every) `hProperties`; none when it may be published. */
export function headingAttributeProblems(properties: Record<string, unknown>, isHeading: boolean): HeadingAttributeProblem[] {
  const problems: HeadingAttributeProblem[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'id' && isHeading) {
      const id = String(value);
      if (!SECTION_ID.test(id))
        problems.push({
          written: `#${id}`,
          reason: `heading {#${id}}: a section id must be lower-case words joined by hyphens (for example {#entry-routes})`,
        });
    } else if (name === 'className' || name === 'class') {
      for (const className of [value].flat().join(' ').split(/\s+/).filter(Boolean)) {
        problems.push({ written: `.${className}`, reason: `heading class .${className} is not allowed: ${ONLY_ID}` });
      }
    } else {
      const shown =
        value === '' || value === true || value === null || value === undefined
          ? name
          : `${name}=${JSON.stringify([value].flat().join(' '))}`;
      problems.push({ written: name, reason: `heading attribute ${shown} is not allowed: ${ONLY_ID}` });
    }
  }
  return problems;
}

/**
 * Where the attribute block of a heading starts in `line` (the heading's first line): the last
 * `{` outside quotes. -1 when there is none.
 */
export function attributeBlockStart(line: string): number {
  for (let i = line.lastIndexOf('{'); i !== -1; i = i === 0 ? -1 : line.lastIndexOf('{', i - 1)) {
    if ((line.slice(i).match(/"/g)?.length ?? 0) % 2 === 0) return i;
  }
  return -1;
}

/** Where `written` (an attribute name, `.class` or `#id`) is in the block that starts `block`; -1 when not found. */
export function indexInBlock(block: string, written: string): number {
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<=[\\s{])${escaped}(?=[\\s=}])`).exec(block);
  return match ? match.index : -1;
}
