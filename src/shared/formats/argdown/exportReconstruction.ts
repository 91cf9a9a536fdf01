import type { NodeId } from '../../model/ids';
import { USES_KEY } from './importFields';
import type { Reconstruction } from './exportPlan';

/**
 * The numbered lines of a reconstruction: each step lists the premises not numbered yet, an
 * inference line and its conclusion. When a step uses other statements than the import would
 * assume (the conclusion just before plus the premises listed since), the inference names them:
 * `-- {uses: [1, 4]} --`.
 */
export function reconstructionLines(reconstruction: Reconstruction, reference: (node: NodeId) => string): string[] {
  const lines: string[] = [];
  const numberOf = new Map<NodeId, number>();
  let last: NodeId | undefined;
  let count = 0;
  const number = (node: NodeId): string => {
    count += 1;
    numberOf.set(node, count);
    return `(${count}) ${reference(node)}`;
  };
  for (const step of reconstruction.steps) {
    const fresh = step.from.filter((premise) => !numberOf.has(premise));
    for (const premise of fresh) lines.push(number(premise));
    const assumed = new Set([...(last ? [last] : []), ...fresh]);
    const asAssumed = assumed.size === step.from.length && step.from.every((premise) => assumed.has(premise));
    const uses = step.from.map((premise) => numberOf.get(premise)).join(', ');
    lines.push(asAssumed ? '----' : `-- {${USES_KEY}: [${uses}]} --`);
    const conclusion = 'node' in step.to ? step.to.node : undefined;
    if (!conclusion) continue;
    lines.push(number(conclusion));
    last = conclusion;
  }
  return lines;
}
