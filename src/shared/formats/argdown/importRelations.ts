import { ArgdownTypes, RelationType, type IInference, type IRelation, type RelationMember } from '@argdown/core';
import type { Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { LIMITS } from '../../schema/argumentMapSchema';
import type { OriginalRelationKind, RelationKind } from '../../model/kinds';
import { itOrThem, oneOrMany, plural, type ReportBuilder } from '../interop';
import type { ArgdownModel } from './argdownParser';
import { inferenceSteps, type InferenceStep } from './inferenceSteps';
import type { NodeTable } from './importNodes';
import { pushTo } from '../lists';
import { RelationSet } from './relationSet';
import { countOriginal } from './reportWords';
import { settleInOrder } from './undercutQueue';

export interface ImportedRelations {
  relations: Record<RelationId, Relation>;
  /** Reconstructed argument node → its main conclusion's node. */
  conclusionOf: Map<NodeId, NodeId>;
}

/** Argdown's relation types as Argmap kinds; the finer ones are kept as `original` for the export. */
const KIND_OF: Record<RelationType, { kind: RelationKind; original?: OriginalRelationKind }> = {
  [RelationType.SUPPORT]: { kind: 'support' },
  [RelationType.ATTACK]: { kind: 'attack' },
  [RelationType.UNDERCUT]: { kind: 'undercut' },
  [RelationType.ENTAILS]: { kind: 'support', original: 'entails' },
  [RelationType.CONTRARY]: { kind: 'attack', original: 'contrary' },
  [RelationType.CONTRADICTORY]: { kind: 'attack', original: 'contradictory' },
};

/** Why an undercut became an attack on the argument it undercuts. */
type AttackReason = 'no-inference' | 'cycle';

/** "(5), (7)" and whether one number or several: the unusable names of `uses`, for the report. */
function numbersNamed(names: Set<string>): { list: string; one: boolean } {
  const shown = [...names].slice(0, 5).map((name) => `(${name})`);
  return { list: shown.join(', ') + (names.size > 5 ? ', …' : ''), one: names.size === 1 };
}

/** What the map has no place for in an inference, and `uses` naming statements not above it. */
function reportStep(
  step: InferenceStep,
  report: ReportBuilder,
  unusable: { all: Set<string>; some: Set<string> },
): void {
  if (step.extras.rules > 0)
    report.dropped(
      'rule',
      (n) =>
        n === 1
          ? 'The name of an inference rule (over an inference line) was not kept: a relation has no place for it'
          : `The names of ${n} inference rules (over inference lines) were not kept: a relation has no place for them`,
      step.extras.rules,
    );
  report.dropped(
    'inference-data',
    (n) =>
      `${plural(n, 'value')} from the data blocks of inference steps (the lines between premises and conclusion) ${n === 1 ? 'was' : 'were'} not kept`,
    step.extras.dataKeys.length,
  );
  if (step.unusable.names.length === 0) return;
  const noneLeft = step.unusable.noneLeft;
  const seen = noneLeft ? unusable.all : unusable.some;
  for (const name of step.unusable.names) seen.add(name);
  report.approximated(noneLeft ? 'uses-none-left' : 'uses-some', (n) => {
    const { list, one } = numbersNamed(seen);
    const named = `${plural(n, 'inference names', 'inferences name')} ${list}, which ${one ? 'is' : 'are'} not above ${itOrThem(n)}`;
    return noneLeft
      ? `${named}: the premises listed above ${itOrThem(n)} used instead`
      : `${named}: ${one ? 'that number' : 'those numbers'} ignored`;
  });
}

class RelationImport {
  readonly set = new RelationSet();
  readonly conclusionOf = new Map<NodeId, NodeId>();
  private readonly ofInference = new Map<IInference, RelationId>();
  private readonly ofArgdown = new Map<IRelation, RelationId>();
  /** Argdown's relations by their source, in the document's order. */
  private readonly outgoing = new Map<RelationMember, IRelation[]>();
  private readonly unusable = { all: new Set<string>(), some: new Set<string>() };

  constructor(
    private readonly model: ArgdownModel,
    private readonly table: NodeTable,
    private readonly report: ReportBuilder,
  ) {}

  nodeOf(member: RelationMember | undefined): NodeId | undefined {
    if (member?.type === ArgdownTypes.EQUIVALENCE_CLASS) return this.table.statementNode.get(member.title ?? '');
    if (member?.type === ArgdownTypes.ARGUMENT) return this.table.argumentNode.get(member.title ?? '');
    return undefined;
  }

  /** Each inference of a reconstruction: its premises, linked, support its conclusion. */
  addReconstructions(): void {
    const { report } = this;
    for (const argument of Object.values(this.model.arguments)) {
      let main: NodeId | undefined;
      for (const step of inferenceSteps(argument)) {
        reportStep(step, report, this.unusable);
        const conclusion = this.table.statementNode.get(step.conclusion);
        let premises = step.premises.flatMap((title) => this.table.statementNode.get(title) ?? []);
        premises = premises.filter((premise) => premise !== conclusion);
        if (premises.length > LIMITS.premises) {
          report.dropped(
            'premises',
            (n) => `${plural(n, 'premise')} over ${LIMITS.premises} in one inference not kept`,
            premises.length - LIMITS.premises,
          );
          premises = premises.slice(0, LIMITS.premises);
        }
        if (!conclusion || premises.length === 0) {
          report.dropped(
            'empty-inference',
            (n) => `${plural(n, 'inference')} with no premise before ${itOrThem(n)} not kept`,
          );
          continue;
        }
        this.ofInference.set(step.inference, this.set.add('support', premises, { node: conclusion }));
        main = conclusion;
      }
      const node = this.table.argumentNode.get(argument.title ?? '');
      // The argument's node entails its conclusion (drawn as a support), so it stands beside its
      // premises on the canvas; `entails` tells the export that this is the argument's own conclusion.
      if (node && main) {
        this.set.add('support', [node], { node: main }, 'entails');
        this.conclusionOf.set(node, main);
      }
    }
  }

  /** Supports and attacks as Argdown's model has them (a reconstruction's own ones leave from its conclusion). */
  addPlainRelations(): void {
    for (const relation of this.model.relations) {
      if (relation.from) pushTo(this.outgoing, relation.from, relation);
      if (relation.relationType === RelationType.UNDERCUT) continue;
      const from = this.nodeOf(relation.from);
      const to = this.nodeOf(relation.to);
      if (!from || !to) continue;
      if (from === to) {
        this.report.dropped('self', (n) => `${plural(n, 'relation')} of a statement or argument with itself not kept`);
        continue;
      }
      const { kind, original } = KIND_OF[relation.relationType];
      if (original) {
        this.report.approximated(
          original,
          (n) =>
            `${countOriginal(n, original)} drawn as ${oneOrMany(n, kind)} (the export writes ${itOrThem(n)} back as ${n === 1 ? 'it was' : 'they were'})`,
        );
      }
      this.ofArgdown.set(relation, this.set.add(kind, [from], { node: to }, original));
    }
  }

  /**
   * Undercuts. Against a reconstruction, one targets its main inference. Against an argument or
   * statement without one, it targets that element's first relation (Argdown undercuts the
   * argument as a whole); when that relation is an undercut itself, it waits for that one.
   * Undercuts waiting for one another in a cycle become attacks, and those waiting on them go on.
   */
  addUndercuts(): void {
    settleInOrder(
      this.model.relations.filter((relation) => relation.relationType === RelationType.UNDERCUT),
      (undercut, settled) => this.tryUndercut(undercut, settled),
      (cycle) => cycle.forEach((undercut) => this.undercutAsAttack(undercut, 'cycle')),
    );
  }

  /** Adds the undercut (or what stands for it); or names the undercut it has to wait for. */
  private tryUndercut(undercut: IRelation, settled: ReadonlySet<IRelation>): IRelation | undefined {
    const from = this.nodeOf(undercut.from);
    if (!from) return void this.lost();
    if (undercut.to?.type === ArgdownTypes.INFERENCE) {
      const target = this.ofInference.get(undercut.to);
      if (target) this.ofArgdown.set(undercut, this.set.add('undercut', [from], { relation: target }));
      else this.undercutAsAttack(undercut, 'no-inference');
      return undefined;
    }
    const all = (undercut.to && this.outgoing.get(undercut.to)) ?? [];
    // Only an undercut of its own source is among that source's relations.
    const own = undercut.from === undercut.to;
    const first = own ? all.find((relation) => relation !== undercut) : all[0];
    const target = first && this.ofArgdown.get(first);
    if (!target) {
      if (first?.relationType === RelationType.UNDERCUT && !settled.has(first)) return first;
      return void this.undercutAsAttack(undercut, 'no-inference');
    }
    if (all.length - (own ? 1 : 0) > 1) {
      this.report.approximated(
        'undercut-first',
        (n) =>
          `${plural(n, 'undercut')} of ${n === 1 ? 'an argument' : 'arguments'} with several relations aimed at ${itOrThem(n, 'its', 'their')} first one`,
      );
    }
    this.ofArgdown.set(undercut, this.set.add('undercut', [from], { relation: target }));
    return undefined;
  }

  private undercutAsAttack(undercut: IRelation, reason: AttackReason): void {
    const from = this.nodeOf(undercut.from);
    const to = this.nodeOf(undercut.to?.type === ArgdownTypes.INFERENCE ? this.argumentOf(undercut.to) : undercut.to);
    if (!from || !to || from === to) return this.lost();
    if (reason === 'cycle') {
      this.report.approximated(
        'undercut-cycle',
        (n) =>
          `${plural(n, 'undercut')} in a cycle of undercuts (each aimed at the next) drawn as ${n === 1 ? 'an attack on the argument it undercuts' : 'attacks on the arguments they undercut'}`,
      );
    } else {
      this.report.approximated(
        'undercut-attack',
        (n) =>
          `${plural(n, 'undercut')} of ${n === 1 ? 'an argument' : 'arguments'} with no inference to undercut drawn as ${n === 1 ? 'an attack on it' : 'attacks on them'}`,
      );
    }
    this.ofArgdown.set(undercut, this.set.add('attack', [from], { node: to }));
  }

  private lost(): void {
    this.report.dropped('undercut-lost', (n) => `${plural(n, 'undercut')} with nothing to undercut not kept`);
  }

  private argumentOf(inference: IInference): RelationMember | undefined {
    return inference.argumentTitle ? this.model.arguments[inference.argumentTitle] : undefined;
  }
}

/** The map's relations: reconstructions as linked supports, then supports and attacks, then undercuts. */
export function importRelations(model: ArgdownModel, table: NodeTable, report: ReportBuilder): ImportedRelations {
  const builder = new RelationImport(model, table, report);
  builder.addReconstructions();
  builder.addPlainRelations();
  builder.addUndercuts();
  return { relations: builder.set.relations, conclusionOf: builder.conclusionOf };
}
