import type { ArgNode, ArgumentMap, MapMetadata } from '../../model/argumentMap';
import { asNodeId, type NodeId } from '../../model/ids';
import { RelationKind, type NodeKind } from '../../model/kinds';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { typesSeen } from '../jsonGraphs';
import { oneOrMany, plural, ReportBuilder, type ConversionReport, type ImportOutcome } from '../interop';
import { readAifDocument, type AifInput } from './aifDocument';
import { buildAifGraph, targetsOf, typeOf, type AifGraph } from './aifGraph';
import { IdAllocator, isSafeId, sanitizeId } from './aifIds';
import { readDocumentExtension } from './argmapExtension';
import { DIALOGUE_TYPES, readDialogue } from './dialogue';
import { ARGUMENT_TYPES, importRelations } from './importRelations';
import { inferKinds } from './inferKinds';
import { placeNodes } from './importPositions';
import { statementReader } from './importStatement';
import { RelationBuilder, type SNodeTally } from './relationBuilder';
import { reportSchemes } from './schemeNames';

export interface AifImportOptions {
  /** The map's title when the file names none (Argmap's own extension carries the map's title). */
  title?: string;
  /** The map's details when Argmap's own extension carries none (SADFace's metadata, read as AIF). */
  meta?: MapMetadata;
}

/** An import with the fate of every S node, for tests that account for each RA and CA. */
export type AifImportWithTally =
  { ok: true; map: ArgumentMap; report: ConversionReport; tally: SNodeTally } | { ok: false; message: string };

/**
 * Reads AIF JSON (an AIFdb nodeset or an OVA3 save) as a map: one statement per I node, one
 * relation per S node and conclusion, positions from OVA or from the automatic layout, and a
 * report of what was approximated or dropped. Never throws.
 */
export function importAif(text: string, options: AifImportOptions = {}): ImportOutcome {
  const result = importAifWithTally(text, options);
  return result.ok ? { ok: true, map: result.map, report: result.report } : result;
}

/** `importAif`, with the tally of what became of each S node (a relation, a merge or a drop). */
export function importAifWithTally(text: string, options: AifImportOptions = {}): AifImportWithTally {
  try {
    const read = readAifDocument(text);
    return read.ok ? convertAifInput(read.input, options) : read;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The AIF file could not be imported (${detail}).` };
  }
}

const knownType = (type: string): boolean => type === 'I' || ARGUMENT_TYPES.has(type) || DIALOGUE_TYPES.has(type);

/** Nodes of which not one has an AIF type: some other graph, refused rather than read as an empty map. */
function noAifTypes(input: AifInput): AifImportWithTally | undefined {
  if (input.nodes.length === 0 || input.nodes.some((node) => knownType(node.type))) return undefined;
  const seen = typesSeen(input.nodes);
  return {
    ok: false,
    message:
      `The file is JSON with nodes and edges, but not AIF: none of its ${plural(input.nodes.length, 'node')} has an ` +
      `AIF type (I, RA, CA, MA, PA, L, YA or TA)${seen ? `; their types are ${seen}` : ''}.`,
  };
}

/**
 * Turns read AIF (or a graph of the same shape, as SADFace's is) into a map; `report` may already
 * hold lines of the reader's own.
 */
export function convertAifInput(
  input: AifInput,
  options: AifImportOptions,
  report = new ReportBuilder(),
): AifImportWithTally {
  const refused = noAifTypes(input);
  if (refused) return refused;
  const graph = buildAifGraph(input, report);
  const extension = readDocumentExtension(input.argmap, report);
  const ids = new IdAllocator();
  const statementOf = new Map<string, NodeId>();
  for (const node of graph.nodes.values()) {
    if (node.type !== 'I') continue;
    const wanted = extension && isSafeId(node.id) ? node.id : `i-${sanitizeId(node.id)}`;
    statementOf.set(node.id, asNodeId(ids.take(wanted)));
  }

  const dialogue = readDialogue(graph, input, report);
  const nodes: Record<NodeId, ArgNode> = {};
  const writtenKinds = new Map<NodeId, NodeKind>();
  const readStatement = statementReader(report);
  for (const [aifId, id] of statementOf) {
    const node = readStatement(id, graph.nodes.get(aifId)!, dialogue.get(aifId));
    nodes[id] = node.statement;
    if (node.writtenKind) writtenKinds.set(id, node.writtenKind);
  }

  const builder = new RelationBuilder(ids, report, extension !== undefined);
  readDirectLinks(graph, statementOf, builder, report);
  importRelations(graph, statementOf, builder, report);
  reportSchemes(graph, input, builder, report);
  reportUnknownTypes(graph, report);

  const relations = Object.values(builder.relations);
  for (const [id, kind] of inferKinds(Object.keys(nodes) as NodeId[], relations, writtenKinds)) nodes[id].kind = kind;

  if (input.ova?.hasText) {
    report.dropped('ova-text', () => 'The source text saved with the OVA analysis was not imported');
  }
  const map: ArgumentMap = { meta: metadata(input, extension?.meta, options), nodes, relations: builder.relations };
  const aifIdOf = new Map([...statementOf].map(([aifId, id]) => [id as string, aifId]));
  placeNodes(map, (id) => input.ova?.positions.get(aifIdOf.get(id)!), extension !== undefined);

  const checked = checkArgumentMap(map);
  if (!checked.ok) {
    return { ok: false, message: `The AIF file could not be turned into a map (${checked.path}: ${checked.message}).` };
  }
  return { ok: true, map: checked.map, report: report.lines(), tally: builder.tally };
}

/** AIF forbids an edge from one I node to another, but some tools write them: read as a support. */
function readDirectLinks(
  graph: AifGraph,
  statementOf: ReadonlyMap<string, NodeId>,
  builder: RelationBuilder,
  report: ReportBuilder,
): void {
  for (const [aifId, from] of statementOf) {
    for (const target of targetsOf(graph, aifId).filter((id) => statementOf.has(id))) {
      report.approximated(
        'i-to-i',
        (n) =>
          `${plural(n, 'direct connection')} between statements (no RA or CA node between them) read as ` +
          oneOrMany(n, 'support'),
      );
      builder.add({ id: `${aifId}-${target}`, type: 'link' }, RelationKind.support, [from], {
        node: statementOf.get(target)!,
      });
    }
  }
}

function reportUnknownTypes(graph: AifGraph, report: ReportBuilder): void {
  const unknown = [...graph.nodes.keys()].map((id) => typeOf(graph, id) ?? '').filter((type) => !knownType(type));
  if (unknown.length === 0) return;
  const types = [...new Set(unknown)];
  const named = types.map((t) => `"${t}"`).join(', ');
  report.dropped(
    'unknown-type',
    (n) => `${plural(n, 'node')} of ${types.length === 1 ? 'a type' : 'types'} Argmap does not know dropped (${named})`,
    unknown.length,
  );
}

function metadata(input: AifInput, written: MapMetadata | undefined, options: AifImportOptions): MapMetadata {
  if (written) return written;
  if (options.meta) return options.meta;
  const title = options.title?.trim() || 'Imported AIF map';
  const url = input.ova?.url;
  return url ? { title, source: { title: url, reference: url } } : { title };
}
