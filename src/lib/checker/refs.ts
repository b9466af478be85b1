/** Every pathway section a flow names, with the field that names it (by id), for the build's cross-checks. */
import type { Flow, SourceRef } from './types';

interface FlowRef extends SourceRef {
  field: string;
}

export function flowRefs(flow: Flow<unknown>): FlowRef[] {
  return [
    ...flow.questions.map((q) => ({ field: `questions[${q.id}].source`, ...q.source })),
    ...flow.rules.map((r) => ({ field: `rules[${r.id}].source`, ...r.source })),
    ...flow.notes.map((n) => ({ field: `notes[${n.id}].source`, ...n.source })),
  ];
}
