import type { ArgNode, ArgumentMap, Relation } from '../../model/argumentMap';
import { RelationKind } from '../../model/kinds';
import { plural, ReportBuilder, type ExportOutcome } from '../interop';
import { ARGMAP_EXTENSION_VERSION, type NodeExtension } from './argmapExtension';
import { ovaLayout } from './exportLayout';

interface AifNodeOut {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA' | 'MA';
  argmap?: NodeExtension | { original: string };
}

interface AifEdgeOut {
  edgeID: number;
  fromID: string;
  toID: string;
}

/** The S node a relation becomes: AIF's own names for a scheme-less inference, conflict and rephrase. */
function sNodeOf(relation: Relation): AifNodeOut {
  const base = { nodeID: relation.id };
  const original = relation.original;
  if (relation.kind === RelationKind.support && original === 'rephrase') {
    return { ...base, text: 'Default Rephrase', type: 'MA' };
  }
  const node: AifNodeOut =
    relation.kind === RelationKind.support
      ? { ...base, text: 'Default Inference', type: 'RA' }
      : { ...base, text: 'Default Conflict', type: 'CA' };
  return original ? { ...node, argmap: { original } } : node;
}

function extensionOf(node: ArgNode): NodeExtension {
  return {
    kind: node.kind,
    ...(node.title ? { title: node.title } : {}),
    ...(node.tags.length > 0 ? { tags: node.tags } : {}),
    ...(node.notes ? { notes: node.notes } : {}),
    ...(node.source ? { source: node.source } : {}),
  };
}

/**
 * Writes a map as an OVA3 save: `{AIF, OVA, text}`, the shape OVA3 saves and loads with its layout;
 * `AIF` is a standard nodeset for any AIF tool. Each statement becomes an I node, each relation an S
 * node (support → RA, rephrase → MA, attack → CA, undercut → CA on the undercut relation's S node),
 * linked premise → S node → conclusion. What AIF has no place for travels in "argmap" members
 * (argmapExtension.ts) that other tools ignore; the report says so.
 */
export function exportAif(map: ArgumentMap): ExportOutcome {
  const report = new ReportBuilder();
  const nodes: AifNodeOut[] = Object.values(map.nodes).map((node) => ({
    nodeID: node.id,
    text: node.text,
    type: 'I',
    argmap: extensionOf(node),
  }));
  const edges: AifEdgeOut[] = [];
  const link = (fromID: string, toID: string): void => {
    edges.push({ edgeID: edges.length + 1, fromID, toID });
  };
  for (const relation of Object.values(map.relations)) {
    nodes.push(sNodeOf(relation));
    relation.from.forEach((premise) => link(premise, relation.id));
    link(relation.id, 'node' in relation.to ? relation.to.node : relation.to.relation);
  }
  reportExtensions(map, report);

  const document = {
    AIF: { nodes, edges, schemefulfillments: [], locutions: [], participants: [] },
    OVA: {
      firstname: '',
      surname: '',
      url: '',
      nodes: ovaLayout(map),
      edges: edges.map(({ fromID, toID }) => ({ fromID, toID, visible: true })),
    },
    text: '',
    argmap: { version: ARGMAP_EXTENSION_VERSION, meta: map.meta },
  };
  return { text: `${JSON.stringify(document, null, 2)}\n`, report: report.lines() };
}

/** How a finer relation kind is written: its name, and the plain AIF node it becomes (one, many). */
const ORIGINAL_AS: Record<string, [string, string, string]> = {
  contrary: ['contrary relation', 'a plain conflict (CA)', 'plain conflicts (CA)'],
  contradictory: ['contradiction', 'a plain conflict (CA)', 'plain conflicts (CA)'],
  entails: ['entailment', 'a plain inference (RA)', 'plain inferences (RA)'],
};

function reportExtensions(map: ArgumentMap, report: ReportBuilder): void {
  const nodes = Object.values(map.nodes);
  const elsewhere = 'are kept only in Argmap’s own "argmap" fields, which other AIF tools ignore';
  report.approximated(
    'kinds',
    (n) => `Kinds (thesis, reason, objection, …) of ${plural(n, 'statement')} ${elsewhere}`,
    nodes.length,
  );
  const extras = nodes.filter((n) => n.title || n.tags.length > 0 || n.notes || n.source).length;
  report.approximated(
    'extras',
    (n) => `Titles, tags, notes or source quotes of ${plural(n, 'statement')} ${elsewhere}`,
    extras,
  );
  report.approximated('meta', () => `The map’s title and details ${elsewhere}`);
  for (const relation of Object.values(map.relations)) {
    const as = relation.original && ORIGINAL_AS[relation.original];
    if (!as) continue;
    report.approximated(
      `original-${relation.original}`,
      (n) => `${plural(n, as[0])} written as ${n === 1 ? as[1] : as[2]}; Argmap’s own fields keep the finer kind`,
    );
  }
}
