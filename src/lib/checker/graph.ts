/**
 * The flow as a Mermaid flowchart, for content owners to review: questions in order, the answers
 * each rule and note looks at, and the outcome each rule leads to. Pure: flow in, text out.
 */
import { END, type Condition, type Flow } from './types.ts';

type Text = { en: string };

const label = (text: string) => text.replace(/"/g, '#quot;');
const nodeId = (kind: string, id: string) => `${kind}_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;

function conditionLabel(flow: Flow<Text>, when: Condition): string {
  return Object.entries(when)
    .map(([questionId, values]) => {
      const question = flow.questions.find((q) => q.id === questionId);
      const others = question ? question.options.map((o) => o.value).filter((v) => !values.includes(v)) : [];
      if (question && others.length === 0) return `${questionId}: any answer`;
      if (others.length > 0 && others.length < values.length) return `${questionId}: anything but ${others.join(', ')}`;
      return `${questionId}: ${values.join(' or ')}`;
    })
    .join(' and ');
}

export function flowToMermaid(flow: Flow<Text>): string {
  const lines = ['flowchart TD', `  start(["Start: ${label(flow.title.en)}"])`, `  start --> ${nodeId('q', flow.start)}`];
  flow.questions.forEach((q, index) => {
    const options = q.options.map((o) => o.value).join(', ');
    lines.push(
      `  ${nodeId('q', q.id)}["Q${index + 1} ${q.id} (${q.kind === 'one' ? 'one of' : 'any of'})<br/>${label(q.title.en)}<br/><small>${options}</small>"]`,
    );
  });
  lines.push(`  check[/"Check your answers"/]`);
  for (const q of flow.questions) {
    const targets = new Map<string, string[]>();
    for (const o of q.options) {
      const next = o.next ?? q.next;
      targets.set(next, [...(targets.get(next) ?? []), o.value]);
    }
    for (const [next, values] of targets) {
      const to = next === END ? 'check' : nodeId('q', next);
      const edge = targets.size > 1 ? `-->|${values.join(', ')}|` : '-->';
      lines.push(`  ${nodeId('q', q.id)} ${edge} ${to}`);
    }
  }
  flow.outcomes.forEach((o, index) => {
    lines.push(`  ${nodeId('o', o.id)}(["Outcome ${index + 1}: ${o.id}<br/>${label(o.title.en)}"])`);
  });
  lines.push(
    `  check --> decide{"Result: the most serious outcome<br/>that any matching rule gives<br/>${flow.outcomes.map((o) => o.id).join(' > ')}"}`,
  );
  for (const o of flow.outcomes) lines.push(`  decide --> ${nodeId('o', o.id)}`);
  // Rules and notes hang off the question they look at (or, for several, off "check your answers").
  const from = (when: Condition) => (Object.keys(when).length === 1 ? nodeId('q', Object.keys(when)[0]!) : 'check');
  for (const rule of flow.rules) {
    const answers =
      Object.keys(rule.when).length === 1 ? conditionLabel(flow, rule.when).replace(/^[^:]+: /, '') : conditionLabel(flow, rule.when);
    lines.push(
      `  ${from(rule.when)} -.->|"${label(answers)}<br/>rule ${rule.id}, from ${rule.source.page} / ${rule.source.section}"| ${nodeId('o', rule.outcome)}`,
    );
  }
  for (const note of flow.notes) {
    lines.push(
      `  ${nodeId('n', note.id)}[["${note.kind === 'next-step' ? 'Next step' : 'Note'} ${note.id}<br/>from ${note.source.page} / ${note.source.section}"]]`,
    );
    const answers =
      Object.keys(note.when).length === 1 ? conditionLabel(flow, note.when).replace(/^[^:]+: /, '') : conditionLabel(flow, note.when);
    lines.push(`  ${from(note.when)} -.->|"${label(answers)}"| ${nodeId('n', note.id)}`);
  }
  lines.push('  classDef outcome stroke-width:3px');
  lines.push('  classDef note stroke-dasharray:4 3');
  lines.push(`  class ${flow.outcomes.map((o) => nodeId('o', o.id)).join(',')} outcome`);
  if (flow.notes.length) lines.push(`  class ${flow.notes.map((n) => nodeId('n', n.id)).join(',')} note`);
  return `${lines.join('\n')}\n`;
}

/** Where content/README.md shows a pathway's diagram: a mermaid block between two marker comments. */
const README_DIAGRAM = /(<!-- checker-graph: ([a-z0-9-]+) -->\n```mermaid\n)([\s\S]*?)(```\n<!-- \/checker-graph -->)/g;

/** The diagrams a README shows, by pathway id. */
export function readmeDiagrams(readme: string): Map<string, string> {
  return new Map([...readme.matchAll(README_DIAGRAM)].map((match) => [match[2]!, match[3]!]));
}

/** The README with the diagram of `pathway` replaced by `mermaid` (unchanged if it shows none). */
export function withReadmeDiagram(readme: string, pathway: string, mermaid: string): string {
  return readme.replace(README_DIAGRAM, (whole, start: string, id: string, _old: string, end: string) =>
    id === pathway ? `${start}${mermaid}${end}` : whole,
  );
}
