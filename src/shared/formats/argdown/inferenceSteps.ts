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
  /**
   * What `uses` names that is no statement above the inference ("5" in the fourth line): ignored.
   * When nothing else is named, the inference uses the premises listed above it, as without `uses`.
   */
  unusable: { names: string[]; noneLeft: boolean };
}

/** The statements above an inference that its data names (`{uses: [1, 2]}`), and what it names besides. */
function usedNumbers(inference: IInference, above: number): { numbers?: number[]; unusable: string[] } {
  const uses = (inference.data as Record<string, unknown> | undefined)?.[USES_KEY];
  if (uses === undefined || uses === null) return { unusable: [] };
  const named: unknown[] = Array.isArray(uses) ? uses : [uses];
  const usable = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= above;
  const numbers = named.filter(usable);
  const unusable = named.filter((n) => !usable(n)).map((n) => (typeof n === 'object' ? JSON.stringify(n) : String(n)));
  return { ...(numbers.length > 0 ? { numbers } : {}), unusable };
}

/**
 * The inferences of an argument's reconstruction, in order. An inference uses the statements above
 * it that its data names (`uses`); otherwise the conclusion just before it (if any) and the
 * premises listed since, so intermediary conclusions chain: (1) (2) ---- (3) (4) ---- (5) is
 * {1,2}→3, {3,4}→5.
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
    const { numbers, unusable } = usedNumbers(inference, index);
    const named = numbers?.map((n) => pcs[n - 1].title ?? '');
    const premises = named ?? [...(lastConclusion === undefined ? [] : [lastConclusion]), ...sinceLast];
    const dataKeys = Object.keys((inference.data as object | undefined) ?? {}).filter((key) => key !== USES_KEY);
    const rules = (inference.inferenceRules ?? []).filter((rule) => rule.trim()).length;
    steps.push({
      premises: [...new Set(premises)],
      conclusion: title,
      inference,
      extras: { dataKeys, rules },
      unusable: { names: unusable, noneLeft: !named },
    });
    lastConclusion = title;
    sinceLast = [];
  });
  return steps;
}
