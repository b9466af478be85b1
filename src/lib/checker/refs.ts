/** Every pathway section a flow names, with the field that names it, for the build's cross-checks. */
import type { Flow, SourceRef } from './types';

export interface FlowRef extends SourceRef {
  field: string;
}

export function flowRefs(flow: Flow<unknown>): FlowRef[] {
  return [
    ...flow.questions.map((q, i) => ({ field: `questions[${i}].source`, ...q.source })),
    ...flow.rules.map((r, i) => ({ field: `rules[${i}].source`, ...r.source })),
    ...flow.notes.map((n, i) => ({ field: `notes[${i}].source`, ...n.source })),
  ];
}
