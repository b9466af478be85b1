/** Reads fixture and content files for the unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './paths';

export const fixturesDir = join(projectRoot, 'tests', 'fixtures');
export const contentDir = join(projectRoot, 'content');

export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

export function fixture(...parts: string[]): unknown {
  return readYaml(join(fixturesDir, ...parts));
}

/** The shipped pathway's data, as the build reads it. */
export function realPathwayData(id = 'clinical-coding'): unknown {
  return readYaml(join(contentDir, 'pathways', id, 'pathway.yaml'));
}
