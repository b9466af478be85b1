#!/usr/bin/env node
/**
 * `npm run checker:graph`: validates each pathway's checker flow with the same schema as the build
 * and writes it as a Mermaid flowchart to docs/checker-<pathway>.mmd (and to stdout), so content
 * owners can review the questions, rules and outcomes without reading YAML.
 * Usage: npm run checker:graph [-- --out <dir>]
 */
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'docs');
const contentDir = process.env.CONTENT_DIR ?? join(root, 'content');

// The schema and graph are TypeScript modules; Vite's module runner loads them as the build does.
const { module: schema } = await runnerImport(join(root, 'src/schemas/checker.ts'));
const { module: graph } = await runnerImport(join(root, 'src/lib/checker/graph.ts'));

const pathwaysDir = join(contentDir, 'pathways');
let failed = false;
for (const pathway of readdirSync(pathwaysDir)) {
  const file = join(pathwaysDir, pathway, 'checker.yaml');
  if (!existsSync(file)) continue;
  const result = schema.checkerSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    failed = true;
    for (const issue of result.error.issues) console.error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  const mermaid = graph.flowToMermaid(result.data);
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `checker-${pathway}.mmd`);
  writeFileSync(target, mermaid);
  process.stdout.write(`%% ${pathway}: written to ${target}\n${mermaid}`);
}
process.exit(failed ? 1 : 0);
