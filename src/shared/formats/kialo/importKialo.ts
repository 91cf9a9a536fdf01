import type { ArgNode, ArgumentMap, Relation } from '../../model/argumentMap';
import { asNodeId, asRelationId, type NodeId, type RelationId } from '../../model/ids';
import type { NodeKind } from '../../model/kinds';
import { autoLayout } from '../../layout/autoLayout';
import { LIMITS } from '../../model/recordLimits';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { plural, ReportBuilder, type ImportOutcome } from '../interop';
import { readKialo, type KialoClaim, type Stance } from './readKialo';
import { plainKialoText } from './kialoText';

export interface KialoImportOptions {
  /** The map's title when the export names none. */
  title?: string;
}

/**
 * Reads a Kialo discussion (its text export, readKialo.ts) as a map: the thesis, pros as reasons,
 * cons as objections and cons of cons as rebuttals, each related to the claim it answers; a
 * "-> See 1.4.2." link relates claim 1.4.2 to one more parent (a cross-link). Laid out
 * automatically. Never throws.
 */
export function importKialo(text: string, options: KialoImportOptions = {}): ImportOutcome {
  try {
    const read = readKialo(text);
    if (!read.ok) return read;
    const report = new ReportBuilder();
    const { title, claims } = read.discussion;
    const map: ArgumentMap = {
      meta: { title: (title || options.title?.trim() || 'Imported Kialo discussion').slice(0, LIMITS.textLength) },
      nodes: {},
      relations: {},
    };
    const nodeOf = new Map<string, NodeId>();
    const stanceOf = new Map<string, Stance>(claims.map((claim) => [claim.number, claim.stance]));
    for (const claim of claims) {
      if (claim.linkTo !== undefined) continue;
      const id = asNodeId(`k${nodeOf.size + 1}`);
      nodeOf.set(claim.number, id);
      map.nodes[id] = statementOf(id, claim, kindOf(claim, stanceOf), report);
    }
    relate(map, claims, nodeOf, report);
    const positions = autoLayout(map);
    for (const [id, position] of positions) map.nodes[id].position = position;
    const checked = checkArgumentMap(map);
    if (!checked.ok) {
      return {
        ok: false,
        message: `The Kialo discussion could not be turned into a map (${checked.path}: ${checked.message}).`,
      };
    }
    return { ok: true, map: checked.map, report: report.lines() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The Kialo discussion could not be imported (${detail}).` };
  }
}

/** The thesis; a pro is a reason, a con an objection, and a con of a con a rebuttal. */
function kindOf(claim: KialoClaim, stanceOf: ReadonlyMap<string, Stance>): NodeKind {
  if (claim.parent === null) return 'thesis';
  if (claim.stance === 'pro') return 'reason';
  if (claim.stance === 'con') return stanceOf.get(claim.parent) === 'con' ? 'rebuttal' : 'objection';
  return 'claim';
}

function statementOf(id: NodeId, claim: KialoClaim, kind: NodeKind, report: ReportBuilder): ArgNode {
  const { text, links } = plainKialoText(claim.text);
  let kept = text;
  if ([...kept].length > LIMITS.textLength) {
    kept = [...kept].slice(0, LIMITS.textLength).join('');
    report.dropped(
      'long',
      (n) => `The end of ${plural(n, 'claim')} longer than ${LIMITS.textLength} characters was cut`,
    );
  }
  const notes = links.length > 0 ? `Links: ${links.join('\n')}`.slice(0, LIMITS.textLength) : undefined;
  return { id, kind, text: kept, position: { x: 0, y: 0 }, tags: [], ...(notes ? { notes } : {}) };
}

/** One relation per claim and the claim it answers; a link adds its claim's relation to one more parent. */
function relate(
  map: ArgumentMap,
  claims: readonly KialoClaim[],
  nodeOf: ReadonlyMap<string, NodeId>,
  report: ReportBuilder,
): void {
  const made = new Set<string>();
  for (const claim of claims) {
    if (claim.parent === null) continue;
    const to = nodeOf.get(claim.parent);
    const from = claim.linkTo === undefined ? nodeOf.get(claim.number) : nodeOf.get(claim.linkTo);
    if (!from || !to) {
      report.dropped(
        'missing-link',
        (n) =>
          `${plural(n, 'Kialo link')} (“-> See …”) to a claim not in the file ${n === 1 ? 'was' : 'were'} left out`,
      );
      continue;
    }
    if (from === to) continue;
    if (claim.stance === null) {
      report.approximated(
        'no-stance',
        (n) =>
          `${plural(n, 'claim')} marked neither Pro nor Con ${n === 1 ? 'was' : 'were'} read as supporting the claim above`,
      );
    }
    const kind: Relation['kind'] = claim.stance === 'con' ? 'attack' : 'support';
    const key = `${kind} ${from} ${to}`;
    if (made.has(key)) continue;
    made.add(key);
    const id: RelationId = asRelationId(`r${made.size}`);
    map.relations[id] = { id, kind, from: [from], to: { node: to } };
  }
}
