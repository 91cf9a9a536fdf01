import type { IArgument, IInference, IPCSStatement } from '@argdown/core';
import { USES_KEY } from './importFields';

/** One inference of a premise–conclusion structure: the statements it uses and what it concludes. */
export interface InferenceStep {
  /** Titles of the statements (equivalence classes) used, in the order they are numbered. */
  premises: string[];
  conclusion: string;
  inference: IInference;
  /** Inference data other than `uses` and named inference rules: Argmap has no place for them. */
  extras: { dataKeys: string[]; rules: number };
}

/** The statement numbers an inference names in its data (`{uses: [1, 2]}`), if it names any. */
function usedNumbers(inference: IInference): number[] | undefined {
  const uses = (inference.data as Record<string, unknown> | undefined)?.[USES_KEY];
  if (!Array.isArray(uses)) return undefined;
  const numbers = uses.filter((n): n is number => Number.isInteger(n));
  return numbers.length > 0 ? numbers : undefined;
}

/**
 * The inferences of an argument's reconstruction, in order. An inference uses the numbers its
 * data names (`uses`); otherwise the conclusion just before it (if any) and the premises listed
 * since, so intermediary conclusions chain: (1) (2) ---- (3) (4) ---- (5) is {1,2}→3, {3,4}→5.
 */
export function inferenceSteps(argument: IArgument): InferenceStep[] {
  const pcs: IPCSStatement[] = argument.pcs ?? [];
  const steps: InferenceStep[] = [];
  let sinceLast: string[] = [];
  let lastConclusion: string | undefined;
  pcs.forEach((statement, index) => {
    const title = statement.title ?? '';
    const inference = (statement as { inference?: IInference }).inference;
    if (!inference) {
      sinceLast.push(title);
      return;
    }
    const numbers = usedNumbers(inference);
    const named = numbers?.filter((n) => n >= 1 && n <= index).map((n) => pcs[n - 1].title ?? '');
    const premises = named ?? [...(lastConclusion === undefined ? [] : [lastConclusion]), ...sinceLast];
    const dataKeys = Object.keys((inference.data as object | undefined) ?? {}).filter((key) => key !== USES_KEY);
    const rules = (inference.inferenceRules ?? []).filter((rule) => rule.trim()).length;
    steps.push({ premises: [...new Set(premises)], conclusion: title, inference, extras: { dataKeys, rules } });
    lastConclusion = title;
    sinceLast = [];
  });
  return steps;
}
