import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowToMermaid, readmeDiagrams, withReadmeDiagram } from '../../../src/lib/checker/graph';
import { projectRoot } from '../../support/paths';
import { pathwayId, realFlow } from '../../support/checker-flow';

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

  it('is the diagram content/README.md shows', () => {
    const readme = readFileSync(join(projectRoot, 'content/README.md'), 'utf8');
    expect(readmeDiagrams(readme).get(pathwayId), 'content/README.md is out of date: run npm run checker:graph').toBe(mermaid);
  });

  it('is drawn into its own place in the README, leaving the rest as it was', () => {
    const place = (id: string, diagram: string) =>
      `<!-- checker-graph: ${id} -->\n\`\`\`mermaid\n${diagram}\`\`\`\n<!-- /checker-graph -->\n`;
    const readme = `# Title\n\n${place(pathwayId, 'old\n')}\nBetween.\n\n${place('other', 'theirs\n')}`;
    const drawn = withReadmeDiagram(readme, pathwayId, mermaid);
    expect(drawn).toBe(`# Title\n\n${place(pathwayId, mermaid)}\nBetween.\n\n${place('other', 'theirs\n')}`);
    expect(readmeDiagrams(drawn)).toEqual(
      new Map([
        [pathwayId, mermaid],
        ['other', 'theirs\n'],
      ]),
    );
    expect(withReadmeDiagram('# No diagrams\n', pathwayId, mermaid)).toBe('# No diagrams\n');
  });
});
