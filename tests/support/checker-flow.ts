/**
 * The real clinical-coding checker, read the way the build reads it (parsed with the real schema),
 * and the text and addresses tests expect of it, taken from the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './paths';
import { content, t } from './content';
import type { CheckerFlow } from '../../src/schemas/checker';
import { findRoute, routeKey } from '../../src/lib/routing/routes';
import type { Locale } from '../../src/lib/i18n/locale';
import type { TemplateValues } from '../../src/lib/i18n/template';

export const pathwayId = 'clinical-coding';

/** The flow as written (before validation), a fresh copy each call so tests can break it. */
export function rawFlow(): any {
  return parse(readFileSync(join(projectRoot, 'content/pathways', pathwayId, 'checker.yaml'), 'utf8'));
}

/** The flow as the site loads it. */
export function realFlow(): CheckerFlow {
  const flow = content.checkers.get(pathwayId);
  if (!flow) throw new Error(`content/pathways/${pathwayId}: no checker.yaml`);
  return structuredClone(flow);
}

/** An interface string from content/site/ui, filled. */
export const say = (lang: Locale, key: string, values?: TemplateValues): string => t[lang](key, values);

/** Where a page of the pathway lives in `lang` (`CHECKER_PAGE_ID` for the checker), from the routes the content makes. */
export function pageUrlOf(pageId: string, lang: Locale): string {
  const route = findRoute(content.routes, routeKey(pathwayId, pageId), lang);
  if (!route) throw new Error(`no ${lang} route for ${pathwayId}:${pageId}`);
  return route.url;
}
