import { ArgdownTypes, RelationType, type IInference, type IRelation, type RelationMember } from '@argdown/core';
import type { Relation } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';
import { LIMITS } from '../../schema/argumentMapSchema';
import type { OriginalRelationKind, RelationKind } from '../../model/kinds';
import { plural, type ReportBuilder } from '../interop';
import type { ArgdownModel } from './argdownParser';
import { inferenceSteps } from './inferenceSteps';
import type { NodeTable } from './importNodes';
import { RelationSet } from './relationSet';

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

const ORIGINAL_WORDS: Record<string, [name: string, one: string, many: string]> = {
  entails: ['entailment', 'a support', 'supports'],
  contrary: ['contrary relation', 'an attack', 'attacks'],
  contradictory: ['contradiction', 'an attack', 'attacks'],
};

class RelationImport {
  readonly set = new RelationSet();
  readonly conclusionOf = new Map<NodeId, NodeId>();
  private readonly ofInference = new Map<IInference, RelationId>();
  private readonly ofArgdown = new Map<IRelation, RelationId>();

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
        if (step.extras.rules > 0)
          report.dropped('rule', (n) => `${plural(n, 'inference rule name')} not kept`, step.extras.rules);
        if (step.extras.dataKeys.length > 0) {
          report.dropped(
            'inference-data',
            (n) => `${plural(n, 'data field')} of inferences not kept`,
            step.extras.dataKeys.length,
          );
        }
        if (!conclusion || premises.length === 0) {
          report.dropped('empty-inference', (n) => `${plural(n, 'inference')} with no premise before it not kept`);
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
        const [name, one, many] = ORIGINAL_WORDS[original];
        this.report.approximated(
          original,
          (n) => `${plural(n, name)} drawn as ${n === 1 ? one : many} (the export writes them back as they were)`,
        );
      }
      this.ofArgdown.set(relation, this.set.add(kind, [from], { node: to }, original));
    }
  }

  /**
   * Undercuts. Against a reconstruction, one targets its main inference. Against an argument or
   * statement without one, it targets that element's first relation (Argdown undercuts the
   * argument as a whole); an undercut waiting for another undercut is tried again after it.
   */
  addUndercuts(): void {
    let waiting = this.model.relations.filter((relation) => relation.relationType === RelationType.UNDERCUT);
    for (let progress = true; progress && waiting.length > 0;) {
      const before = waiting.length;
      waiting = waiting.filter((undercut) => !this.tryUndercut(undercut));
      progress = waiting.length < before;
    }
    for (const undercut of waiting) this.undercutAsAttack(undercut);
  }

  private tryUndercut(undercut: IRelation): boolean {
    const from = this.nodeOf(undercut.from);
    if (!from) return true;
    if (undercut.to?.type === ArgdownTypes.INFERENCE) {
      const target = this.ofInference.get(undercut.to);
      if (!target) return this.undercutAsAttack(undercut);
      this.ofArgdown.set(undercut, this.set.add('undercut', [from], { relation: target }));
      return true;
    }
    const outgoing = this.model.relations.filter((r) => r.from === undercut.to && r !== undercut);
    if (outgoing.length === 0) return this.undercutAsAttack(undercut);
    const target = this.ofArgdown.get(outgoing[0]);
    if (!target) return false;
    if (outgoing.length > 1) {
      this.report.approximated(
        'undercut-first',
        (n) => `${plural(n, 'undercut')} of an argument with several relations aimed at its first one`,
      );
    }
    this.ofArgdown.set(undercut, this.set.add('undercut', [from], { relation: target }));
    return true;
  }

  private undercutAsAttack(undercut: IRelation): true {
    const from = this.nodeOf(undercut.from);
    const to = this.nodeOf(undercut.to?.type === ArgdownTypes.INFERENCE ? this.argumentOf(undercut.to) : undercut.to);
    if (!from || !to || from === to) {
      this.report.dropped('undercut-lost', (n) => `${plural(n, 'undercut')} with nothing to undercut not kept`);
      return true;
    }
    this.report.approximated(
      'undercut-attack',
      (n) => `${plural(n, 'undercut')} of an argument with no inference to undercut drawn as an attack on it`,
    );
    this.ofArgdown.set(undercut, this.set.add('attack', [from], { node: to }));
    return true;
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
