#!/usr/bin/env node
/**
 * `npm run checker:graph`: validates each pathway's checker flow with the same check as the build
 * and draws it as a Mermaid flowchart into content/README.md, where it marks a place for it
 * (`<!-- checker-graph: <pathway> -->`), so content owners can review the questions, rules and
 * outcomes without reading YAML. A pathway without such a place has its diagram printed only.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkedFlowSchema } from '../src/validation/checker-flow.ts';
import { flowToMermaid, readmeDiagrams, withReadmeDiagram } from '../src/lib/checker/graph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = process.env.CONTENT_DIR ?? join(root, 'content');
const readmeFile = join(root, 'content/README.md');

const pathwaysDir = join(contentDir, 'pathways');
const before = readFileSync(readmeFile, 'utf8');
let readme = before;
let failed = false;
for (const pathway of readdirSync(pathwaysDir)) {
  const file = join(pathwaysDir, pathway, 'checker.yaml');
  if (!existsSync(file)) continue;
  const result = checkedFlowSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    failed = true;
    for (const issue of result.error.issues) console.error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  const mermaid = flowToMermaid(result.data);
  const shown = readmeDiagrams(readme).has(pathway);
  readme = withReadmeDiagram(readme, pathway, mermaid);
  process.stdout.write(
    `%% ${pathway}: ${shown ? 'drawn in content/README.md' : `content/README.md has no place for it (<!-- checker-graph: ${pathway} -->)`}\n${mermaid}`,
  );
}
if (readme !== before) writeFileSync(readmeFile, readme);
process.exit(failed ? 1 : 0);
