import { produce } from 'immer';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { GroundedEvaluator } from '../../../shared/evaluation/grounded';
import { explainNode, type Explanation } from '../../../shared/evaluation/explain';
import type { Evaluation } from '../../../shared/evaluation/statuses';
import type { WhatIf } from './sessionState';

/** What View › Show Evaluation shows: the statuses, and during a what-if the statuses before it. */
export interface EvaluationShown {
  /** The map evaluated: the document, or during a what-if the document with the imagined mark. */
  readonly map: ArgumentMap;
  readonly statuses: Evaluation;
  /** The document's own statuses, during a what-if (to show what would change). */
  readonly before: Evaluation | null;
  /** Why a node has its status in `statuses`. */
  explain(id: NodeId): Explanation;
}

/**
 * The renderer's evaluators: one follows the document edit by edit (each edit re-labels only what
 * it reaches), the other the imagined map of a what-if. One window shows one map, so one of each.
 */
const documentEvaluator = new GroundedEvaluator();
const whatIfEvaluator = new GroundedEvaluator();
let last: { document: ArgumentMap; whatIf: WhatIf | null; shown: EvaluationShown } | null = null;

/** The map as the what-if imagines it: the node with the imagined mark (no mark: null). */
function imagined(document: ArgumentMap, whatIf: WhatIf): ArgumentMap {
  return produce(document, (draft) => {
    const node = draft.nodes[whatIf.node];
    if (!node) return;
    if (whatIf.mark) node.mark = whatIf.mark;
    else delete node.mark;
  });
}

/** The evaluation to show for this document and what-if (remembered for the same pair). */
export function evaluationShown(document: ArgumentMap, whatIf: WhatIf | null): EvaluationShown {
  if (last && last.document === document && last.whatIf === whatIf) return last.shown;
  const own = documentEvaluator.evaluate(document);
  let shown: EvaluationShown;
  if (whatIf && document.nodes[whatIf.node]) {
    const map = imagined(document, whatIf);
    const statuses = whatIfEvaluator.evaluate(map);
    const index = whatIfEvaluator.relationsIndex;
    shown = { map, statuses, before: own, explain: (id) => explainNode(map, statuses, index, id) };
  } else {
    const index = documentEvaluator.relationsIndex;
    shown = { map: document, statuses: own, before: null, explain: (id) => explainNode(document, own, index, id) };
  }
  last = { document, whatIf, shown };
  return shown;
}
