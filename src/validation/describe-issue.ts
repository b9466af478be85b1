/**
 * Turns a zod issue into words an author can act on: the field named by the ids the author
 * wrote (`rules[dbs-no].outcome`, `pages["training"]`), never by a zero-based index. Pure.
 */

/** What names an item of a list: its id, its option value, the string itself, or its place (from 1). */
function itemName(item: unknown, index: number): string {
  if (typeof item === 'string') return `"${item}"`;
  if (item && typeof item === 'object') {
    const named = (item as Record<string, unknown>).id ?? (item as Record<string, unknown>).value;
    if (typeof named === 'string') return named;
    // A pathway's level is named by its number: levels[level 4].
    const level = (item as Record<string, unknown>).level;
    if (typeof level === 'number') return `level ${level}`;
  }
  return `item ${index + 1}`;
}

/** `questions[dbs].options[yes].label` for the path ["questions", 3, "options", 0, "label"]. */
export function fieldName(path: readonly PropertyKey[], data: unknown): string {
  let name = '';
  let node = data;
  for (const key of path) {
    if (typeof key === 'number') {
      name += `[${itemName(Array.isArray(node) ? node[key] : undefined, key)}]`;
      node = Array.isArray(node) ? node[key] : undefined;
    } else {
      name += name ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return name || '(the whole file)';
}

export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/**
 * The path an issue is about: an unknown key's own path (zod gives the object's), so the
 * message names the key and its line.
 */
export function issuePath(issue: SchemaIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys?.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
}
