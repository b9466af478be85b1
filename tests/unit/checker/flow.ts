/** The real clinical-coding checker flow, read the way the build reads it, for the checker's unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../support/paths';
import { checkerSchema, type CheckerFlow } from '../../../src/schemas/checker';

export const flowFile = join(projectRoot, 'content/pathways/clinical-coding/checker.yaml');

/** The flow as written (before validation), a fresh copy each call so tests can break it. */
export function rawFlow(): any {
  return parse(readFileSync(flowFile, 'utf8'));
}

export function realFlow(): CheckerFlow {
  return checkerSchema.parse(rawFlow());
}
