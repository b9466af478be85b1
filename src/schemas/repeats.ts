/**
 * The one rule for a list whose items must differ (ids, option values, a pathway's pages, the
 * languages of an assessment): each repeat, after the first, is a problem at its own place, with
 * one message whatever the list. Pure: the schemas and the checker's analysis give it their values.
 */
export function repeats(values: readonly string[]): { index: number; message: string }[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    if (seen.has(value)) return [{ index, message: `"${value}" is listed earlier too: each must be different` }];
    seen.add(value);
    return [];
  });
}
