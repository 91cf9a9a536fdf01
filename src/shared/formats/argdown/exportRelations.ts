import type { ArgumentMap, Relation } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { oneOrMany, plural, type ReportBuilder } from '../interop';
import type { ExportPlan, Reconstruction } from './exportPlan';
import { pushTo } from '../lists';
import { countOriginal } from './reportWords';

/** How to name a node or a reconstruction in the text: `[Title]` or `<Title>`. */
export interface References {
  node: (id: NodeId) => string;
  reconstruction: (reconstruction: Reconstruction) => string;
}

/** Relations written under each node (`+> [Target]`), as lines, and whether the document needs strict mode. */
export interface RelationLines {
  under: Map<NodeId, string[]>;
  /** Argdown reads supports and attacks between statements as entailment and contrariness only in strict mode. */
  strict: boolean;
  /** The ends of every relation written other than it is: the import may infer their kinds otherwise. */
  approximatedEnds: Set<NodeId>;
}

const isStatement = (plan: ExportPlan, id: NodeId | undefined): boolean => !!id && plan.roles.get(id) === 'statement';
const targetOf = (relation: Relation): NodeId | undefined => ('node' in relation.to ? relation.to.node : undefined);

/** The relations written as plain lines (not as part of a reconstruction). */
export function plainRelations(map: ArgumentMap, plan: ExportPlan): Relation[] {
  return Object.values(map.relations).filter((relation) => !plan.absorbed.has(relation.id));
}

/**
 * Strict mode when every support and attack between two statements carries its finer Argdown kind
 * (and one of them is entailment or contrariness): then all of them come back as they were.
 */
function needsStrictMode(relations: Relation[], plan: ExportPlan): boolean {
  const betweenStatements = relations.filter(
    (r) =>
      r.kind !== 'undercut' && r.from.every((premise) => isStatement(plan, premise)) && isStatement(plan, targetOf(r)),
  );
  const fine = (r: Relation): boolean =>
    (r.kind === 'support' && r.original === 'entails') ||
    (r.kind === 'attack' && (r.original === 'contrary' || r.original === 'contradictory'));
  return (
    betweenStatements.every(fine) &&
    betweenStatements.some((r) => r.original === 'entails' || r.original === 'contrary')
  );
}

/** `+>`, `->` or `><`, reporting a finer kind this document cannot carry. */
function arrowOf(relation: Relation, plan: ExportPlan, strict: boolean, report: ReportBuilder): string {
  const betweenStatements = isStatement(plan, relation.from[0]) && isStatement(plan, targetOf(relation));
  const original = relation.original;
  if (original === 'contradictory' && betweenStatements && relation.kind === 'attack') return '><';
  if (original && !(strict && betweenStatements && (original === 'entails' || original === 'contrary'))) {
    const kind = relation.kind;
    report.approximated(`original-${original}`, (n) =>
      original === 'rephrase'
        ? `${countOriginal(n, original)} written as ${oneOrMany(n, kind)} (Argdown has no rephrase)`
        : `${countOriginal(n, original)} written as ${n === 1 ? `a plain ${kind}` : `plain ${kind}s`} (Argdown has them only between statements, and contrary and entailment only when every such relation is one)`,
    );
  }
  return relation.kind === 'support' ? '+>' : '->';
}

/** The argument an undercut is written against: the target's reconstruction, or the target's source. */
function undercutTarget(
  relation: Relation,
  map: ArgumentMap,
  plan: ExportPlan,
  refs: References,
  report: ReportBuilder,
): string | undefined {
  const target = 'relation' in relation.to ? map.relations[relation.to.relation] : undefined;
  if (!target) return undefined;
  const reconstruction = plan.reconstructionOf.get(target.id);
  if (reconstruction) return refs.reconstruction(reconstruction);
  const source = target.from[0];
  if (relation.from.includes(source)) {
    report.approximated('undercut-self', (n) =>
      n === 1
        ? '1 undercut of a relation by its own source written against that source, which Argdown merges with any other undercut of it'
        : `${n} undercuts of relations by their own source written against that source, which Argdown merges with any other undercut of it`,
    );
  } else if (plan.firstUnder.get(source) !== target.id || target.from.length > 1) {
    report.approximated('undercut-moved', (n) =>
      n === 1
        ? '1 undercut written against a whole argument or statement, whose first relation it will undercut when read back'
        : `${n} undercuts written against whole arguments or statements, whose first relation they will undercut when read back`,
    );
  }
  return refs.node(source);
}

/**
 * The relation lines under each node: outgoing supports, attacks and undercuts, the one an
 * undercut targets first (the import takes an undercut of an argument to aim at its first relation).
 */
export function relationLines(
  map: ArgumentMap,
  plan: ExportPlan,
  refs: References,
  report: ReportBuilder,
): RelationLines {
  const relations = plainRelations(map, plan);
  const strict = needsStrictMode(relations, plan);
  const under = new Map<NodeId, string[]>();
  const mutualPairs = new Set<string>();
  const written = new Set<string>();
  const firstIds = new Set(plan.firstUnder.values());
  const ordered = [...relations.filter((r) => firstIds.has(r.id)), ...relations.filter((r) => !firstIds.has(r.id))];
  const approximatedEnds = new Set<NodeId>();
  for (const relation of ordered) {
    const notesBefore = report.size;
    writeRelation(relation);
    if (report.size === notesBefore) continue;
    const target = 'node' in relation.to ? [relation.to.node] : (map.relations[relation.to.relation]?.from ?? []);
    for (const end of [...relation.from, ...target]) approximatedEnds.add(end);
  }
  return { under, strict, approximatedEnds };

  function writeRelation(relation: Relation): void {
    if (relation.from.length > 1) {
      report.approximated(
        `split-${relation.kind}`,
        (n) =>
          `${plural(n, `linked ${relation.kind}`)} written as one ${relation.kind} by each premise (Argdown links premises only in an argument's reconstruction, which supports its conclusion)`,
      );
    }
    const arrow = relation.kind === 'undercut' ? '_>' : arrowOf(relation, plan, strict, report);
    const target =
      relation.kind === 'undercut' ? undercutTarget(relation, map, plan, refs, report) : refs.node(targetOf(relation)!);
    if (!target) return;
    for (const premise of relation.from) {
      if (isMutualDuplicate(relation, premise, arrow)) continue;
      const line = `  ${arrow} ${target}`;
      // A finer kind written plain, a linked relation split, an undercut moved: it may now read as another.
      if (written.has(`${premise} ${line}`)) {
        report.approximated('same-line', (n) =>
          n === 1
            ? '1 relation merged with another that reads the same in Argdown'
            : `${n} relations merged with others that read the same in Argdown`,
        );
        continue;
      }
      written.add(`${premise} ${line}`);
      pushTo(under, premise, line);
    }
  }

  // Argdown keeps one contradiction (and, in strict mode, one contrariness) between two statements.
  function isMutualDuplicate(relation: Relation, premise: NodeId, arrow: string): boolean {
    const mutual =
      arrow === '><' ||
      (strict && arrow === '->' && isStatement(plan, premise) && isStatement(plan, targetOf(relation)));
    if (!mutual) return false;
    const key = `${arrow} ${[premise, targetOf(relation)].sort().join(' ')}`;
    if (!mutualPairs.has(key)) {
      mutualPairs.add(key);
      return false;
    }
    report.approximated(
      'mutual',
      (n) =>
        `${plural(n, 'contrary or contradictory relation')} ${n === 1 ? '' : 'each '}merged with the one in the other direction (in Argdown they are mutual)`,
    );
    return true;
  }
}
