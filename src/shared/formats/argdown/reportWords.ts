import { ORIGINAL_RELATION_KIND_LABELS, type OriginalRelationKind } from '../../model/kinds';

/** "1 entailment", "2 contrary relations": relations of a finer kind counted, in the inspector's words. */
export function countOriginal(count: number, kind: OriginalRelationKind): string {
  const noun = ORIGINAL_RELATION_KIND_LABELS[kind].replace(/^an? /, '');
  // The plural goes on the noun, before any note in brackets: "rephrases (AIF MA)".
  return `${count} ${count === 1 ? noun : noun.replace(/^([^(]*?)(\s*\(|$)/, '$1s$2')}`;
}
