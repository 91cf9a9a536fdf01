import type { ArgNode, ArgumentMap, Relation } from '../../model/argumentMap';
import { ORIGINAL_RELATION_KIND_LABELS, RelationKind } from '../../model/kinds';
import { plural, ReportBuilder, type ExportOutcome } from '../interop';
import { ARGMAP_EXTENSION_VERSION, fitsRelationKind, type NodeExtension } from './argmapExtension';
import { ovaLayout } from './exportLayout';

export interface AifNodeOut {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA' | 'MA';
  argmap?: NodeExtension | { original: string };
}

export interface AifEdgeOut {
  edgeID: number;
  fromID: string;
  toID: string;
}

/** The S node a relation becomes: AIF's own names for a scheme-less inference, conflict and rephrase. */
function sNodeOf(relation: Relation): AifNodeOut {
  const base = { nodeID: relation.id };
  // A finer kind that does not fit the relation (an attack marked "entails") would be refused on import.
  const original =
    relation.original && fitsRelationKind(relation.kind, relation.original) ? relation.original : undefined;
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
    // The schema allows empty notes; writing them keeps a re-import identical.
    ...(node.notes !== undefined ? { notes: node.notes } : {}),
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
  const { nodes, edges } = aifNodeset(map);
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

/**
 * The map as AIF nodes and edges: an I node per statement (with Argmap's extension), an S node per
 * relation, linked premise → S node → conclusion. SADFace's atoms and schemes are made from these too.
 */
export function aifNodeset(map: ArgumentMap): { nodes: AifNodeOut[]; edges: AifEdgeOut[] } {
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
  return { nodes, edges };
}

/** The plain AIF node a relation of a kind becomes, for one and for many. */
const PLAIN_NODE: Record<RelationKind, [string, string]> = {
  support: ['a plain inference (RA)', 'plain inferences (RA)'],
  attack: ['a plain conflict (CA)', 'plain conflicts (CA)'],
  undercut: ['a plain conflict (CA)', 'plain conflicts (CA)'],
};

/** What the report says of what only Argmap's own "argmap" members keep; `tools`: whose tools ignore them. */
export function reportExtensions(
  map: ArgumentMap,
  report: ReportBuilder,
  { tools = 'AIF', metaElsewhere = true }: { tools?: string; metaElsewhere?: boolean } = {},
): void {
  const nodes = Object.values(map.nodes);
  const elsewhere = `kept only in Argmap’s own "argmap" fields, which other ${tools} tools ignore`;
  report.approximated(
    'kinds',
    (n) =>
      `${n === 1 ? 'The kind' : 'Kinds'} (thesis, reason, objection, …) of ${plural(n, 'statement')} ` +
      `${n === 1 ? 'is' : 'are'} ${elsewhere}`,
    nodes.length,
  );
  const extras = nodes.filter((n) => n.title || n.tags.length > 0 || n.notes || n.source).length;
  report.approximated(
    'extras',
    (n) => `Details (title, tags, notes, source quote) of ${plural(n, 'statement')} are ${elsewhere}`,
    extras,
  );
  if (metaElsewhere) report.approximated('meta', () => `The map’s title and details are ${elsewhere}`);
  for (const { kind, original } of Object.values(map.relations)) {
    if (!original || (kind === RelationKind.support && original === 'rephrase')) continue;
    if (!fitsRelationKind(kind, original)) {
      report.dropped(
        `original-misfit`,
        (n) =>
          `${plural(n, 'finer relation kind')} that did not fit ${n === 1 ? 'its relation' : 'their relations'} not written`,
      );
      continue;
    }
    // The inspector's own words for the finer kind ("a contradiction"), so the two never disagree.
    const label = ORIGINAL_RELATION_KIND_LABELS[original];
    report.approximated(
      `original-${kind}-${original}`,
      (n) =>
        `${plural(n, 'relation')} imported as ${label}, written as ${PLAIN_NODE[kind][n === 1 ? 0 : 1]}: ` +
        'Argmap’s own fields keep the finer kind',
    );
  }
}
