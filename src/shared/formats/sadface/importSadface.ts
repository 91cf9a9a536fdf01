import type { MapMetadata } from '../../model/argumentMap';
import { mapMetadataSchema } from '../../schema/argumentMapSchema';
import type { AifInput, AifNodeRecord } from '../aif/aifDocument';
import { convertAifInput } from '../aif/importAif';
import { listed } from '../formatRegistry';
import { typesSeen } from '../jsonGraphs';
import { plural, ReportBuilder, type ImportOutcome } from '../interop';
import { argmapMember, otherMembers, readSadfaceDocument, type SadfaceInput, type SadfaceNode } from './readSadface';

/**
 * The AIF node a SADFace scheme is, by its name: SADFace's own "support", "conflict" (arguebuf writes
 * "attack"), "rephrase" and "preference"; any other name is an argumentation scheme, an inference.
 */
const SCHEME_TYPES: Record<string, { type: string; text: string }> = {
  support: { type: 'RA', text: 'Default Inference' },
  conflict: { type: 'CA', text: 'Default Conflict' },
  attack: { type: 'CA', text: 'Default Conflict' },
  rephrase: { type: 'MA', text: 'Default Rephrase' },
  preference: { type: 'PA', text: 'Default Preference' },
};

export interface SadfaceImportOptions {
  /** The map's title when the file names none. */
  title?: string;
}

/**
 * Reads SADFace JSON as a map: one statement per atom, one relation per scheme and target (the same
 * rules as AIF's S nodes, which SADFace's schemes are), metadata into the map's details, positions
 * from the automatic layout unless Argmap wrote them, and a report of what was not kept. Never throws.
 */
export function importSadface(text: string, options: SadfaceImportOptions = {}): ImportOutcome {
  try {
    const read = readSadfaceDocument(text);
    if (!read.ok) return read;
    const report = new ReportBuilder();
    const input = toAifInput(read.input, report);
    if (input.nodes.length === 0 && read.input.nodes.length > 0) {
      return {
        ok: false,
        message:
          `The file is JSON with nodes and edges, but not SADFace: none of its ${plural(read.input.nodes.length, 'node')} ` +
          `is an atom or a scheme; their types are ${typesSeen(read.input.nodes)}.`,
      };
    }
    const outcome = convertAifInput(input, { meta: metadataOf(read.input, options, report) }, report);
    if (!outcome.ok) return { ok: false, message: outcome.message.replace(/\bAIF file\b/, 'SADFace file') };
    return { ok: true, map: outcome.map, report: outcome.report };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The SADFace file could not be imported (${detail}).` };
  }
}

function toAifInput(input: SadfaceInput, report: ReportBuilder): AifInput {
  const nodes: AifNodeRecord[] = [];
  const unknownTypes = new Set<string>();
  let otherNodeData = 0;
  let sources = 0;
  for (const node of input.nodes) {
    const aifNode = aifNodeOf(node);
    if (!aifNode) {
      unknownTypes.add(node.type);
      report.dropped(
        'sadface-type',
        (n) => `${plural(n, 'node')} of neither kind SADFace has (atom, scheme) left out (${quoted(unknownTypes)})`,
      );
      continue;
    }
    nodes.push(aifNode);
    if (otherMembers(node.metadata).length > 0) otherNodeData += 1;
    if (Array.isArray(node.sources) && node.sources.length > 0) sources += 1;
  }
  report.dropped(
    'sadface-node-metadata',
    (n) => `Other tools’ metadata on ${plural(n, 'node')} was not kept (a statement has no place for it)`,
    otherNodeData,
  );
  report.dropped(
    'sadface-sources',
    (n) => `The passages of the source text that ${plural(n, 'atom')} came from were not kept`,
    sources,
  );
  report.dropped(
    'sadface-resources',
    (n) =>
      `${n === 1 ? 'The text' : `The ${n} texts`} the analysis was made from (SADFace resources) ${n === 1 ? 'was' : 'were'} not kept`,
    input.resources,
  );
  const positions = input.positions;
  return {
    nodes,
    edges: input.edges,
    speakerOf: new Map(),
    fulfilledSchemes: new Set(),
    ...(positions.size > 0 ? { ova: { positions, hasText: false } } : {}),
    argmap: input.argmap,
  };
}

function aifNodeOf(node: SadfaceNode): AifNodeRecord | undefined {
  const type = node.type.trim().toLowerCase();
  const argmap = argmapMember(node.metadata);
  if (type === 'atom') return { id: node.id, type: 'I', text: node.text, argmap };
  if (type !== 'scheme') return undefined;
  const name = (node.name ?? node.text).trim();
  const generic = SCHEME_TYPES[name.toLowerCase()];
  // A named scheme ("Argument from Expert Opinion") is an inference whose scheme the report names.
  const base = generic ?? { type: 'RA', text: name };
  return { id: node.id, ...base, ...(generic || !name ? {} : { scheme: name }), argmap };
}

const quoted = (words: Iterable<string>): string => [...words].map((word) => `"${word}"`).join(', ');

/**
 * The map's details from SADFace's `metadata.core`: its title, the analyst as author, the day it was
 * created, its description. What a map has no place for is named in the report.
 */
function metadataOf(input: SadfaceInput, options: SadfaceImportOptions, report: ReportBuilder): MapMetadata {
  const { core } = input;
  const meta: MapMetadata = { title: core.title?.trim() || options.title?.trim() || 'Imported SADFace map' };
  const day = core.created?.trim().slice(0, 10);
  const candidates: Partial<MapMetadata> = {
    author: core.analyst_name?.trim() || undefined,
    date: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
    description: core.description?.trim() || undefined,
  };
  for (const [key, value] of Object.entries(candidates)) {
    if (value === undefined) continue;
    const candidate = { ...meta, [key]: value };
    if (mapMetadataSchema.safeParse(candidate).success) Object.assign(meta, candidate);
  }
  // `edited` is when the file was saved, not part of the analysis: not worth a line.
  const notKept = [
    ['analyst_email', 'the analyst’s e-mail'],
    ['notes', 'the notes'],
  ]
    .filter(([key]) => typeof core[key] === 'string' && (core[key] as string).trim() !== '')
    .map(([, words]) => words);
  const others = input.otherMetadata.map((key) => `the "${key}" metadata`);
  const all = [...notKept, ...others];
  if (all.length > 0) {
    report.dropped(
      'sadface-core',
      () =>
        `Of the file’s details, ${listed(all, 'and')} ${all.length === 1 ? 'was' : 'were'} not kept (a map has no place for them)`,
    );
  }
  return meta;
}
