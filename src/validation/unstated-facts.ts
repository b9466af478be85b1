/** Each pathway's facts that are not stated (or to follow), read from its pathway.yaml, for the build's log. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from './yaml-source';
import { nullForUnstated } from '../lib/open-data/documents';

export function unstatedFactsOf(contentDir: string): { id: string; unstated: { pointer: string; reason: string }[] }[] {
  const folder = join(contentDir, 'pathways');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((id) => existsSync(join(folder, id, 'pathway.yaml')))
    .sort()
    .map((id) => ({ id, unstated: nullForUnstated(readYaml(readFileSync(join(folder, id, 'pathway.yaml'), 'utf8')).data).unstated }));
}
