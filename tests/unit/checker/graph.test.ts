import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowToMermaid } from '../../../src/lib/checker/graph';
import { projectRoot } from '../../support/paths';
import { realFlow } from '../../support/checker-flow';

const flow = realFlow();
const mermaid = flowToMermaid(flow);

describe('checker flow diagram', () => {
  it('draws every question, outcome, rule and note', () => {
    expect(mermaid.startsWith('flowchart TD\n')).toBe(true);
    for (const q of flow.questions) expect(mermaid).toContain(`Q${flow.questions.indexOf(q) + 1} ${q.id} `);
    for (const o of flow.outcomes) expect(mermaid).toContain(`: ${o.id}<br/>${o.title.en}`);
    for (const r of flow.rules) expect(mermaid).toContain(`rule ${r.id}, from ${r.source.page} / ${r.source.section}`);
    for (const n of flow.notes) expect(mermaid).toContain(` ${n.id}<br/>from ${n.source.page} / ${n.source.section}`);
    expect(mermaid).toContain('q_dbs -.->|"no<br/>rule dbs-no');
  });

  it('is the diagram the README shows', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Eligibility checker flow'));
    const block = /```mermaid\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, 'README.md has no mermaid block under "## Eligibility checker flow": run npm run checker:graph and paste it').toBeDefined();
    expect(block).toBe(mermaid);
  });
});
