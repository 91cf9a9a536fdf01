import { ORIGINAL_RELATION_KIND_LABELS, type OriginalRelationKind } from '../../model/kinds';

/** "1 entailment", "2 contrary relations": relations of a finer kind counted, in the inspector's words. */
export function countOriginal(count: number, kind: OriginalRelationKind): string {
  const noun = ORIGINAL_RELATION_KIND_LABELS[kind].replace(/^an? /, '');
  // The plural goes on the noun, before any note in brackets: "rephrases (AIF MA)".
  return `${count} ${count === 1 ? noun : noun.replace(/^([^(]*?)(\s*\(|$)/, '$1s$2')}`;
}

/** "a support" or "an attack" for one, "supports" or "attacks" for more. */
export const oneOrMany = (count: number, noun: string): string =>
  count === 1 ? `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}` : `${noun}s`;

/** "it" or "them", "its" or "their", as the count asks. */
export const itOrThem = (count: number, one = 'it', many = 'them'): string => (count === 1 ? one : many);
