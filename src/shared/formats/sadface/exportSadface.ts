import type { ArgumentMap } from '../../model/argumentMap';
import { ARGMAP_EXTENSION_VERSION } from '../aif/argmapExtension';
import { aifNodeset, reportExtensions, type AifNodeOut } from '../aif/exportAif';
import { ovaLayout } from '../aif/exportLayout';
import { ReportBuilder, type ExportOutcome } from '../interop';

/** The SADFace version whose shape this writes (SADFace's Python tools write 0.2 and later). */
const SADFACE_VERSION = '0.2';

/** SADFace's name for the scheme an AIF S node is. */
const SCHEME_NAMES: Record<AifNodeOut['type'], string> = { I: '', RA: 'support', CA: 'conflict', MA: 'rephrase' };

/** SADFace's timestamp: "2019-04-22T23:52:30", no zone. */
const timestamp = (date: Date): string => date.toISOString().slice(0, 19);

export interface SadfaceExportOptions {
  /** When the file is written (its `edited` time, and `created` for a map without a date). */
  now?: Date;
}

/**
 * Writes a map as SADFace JSON: each statement an atom, each relation a scheme ("support",
 * "conflict", "rephrase") with edges premise → scheme → conclusion (an undercut's scheme points at
 * the scheme it undercuts), the map's title, author, date and description in `metadata.core`. What
 * SADFace has no place for (kinds, titles, tags, notes, positions) travels in Argmap's own "argmap"
 * members of `metadata`, which SADFace leaves to each tool, so Argmap reads its own file back whole.
 */
export function exportSadface(map: ArgumentMap, options: SadfaceExportOptions = {}): ExportOutcome {
  const report = new ReportBuilder();
  const now = timestamp(options.now ?? new Date());
  const { nodes, edges } = aifNodeset(map);
  const places = new Map(ovaLayout(map).map(({ nodeID, x, y }) => [nodeID, { x, y }]));
  const sadfaceNodes = nodes.map((node) =>
    node.type === 'I'
      ? {
          id: node.nodeID,
          type: 'atom',
          text: node.text,
          sources: [],
          metadata: { argmap: { ...node.argmap, position: places.get(node.nodeID) } },
        }
      : {
          id: node.nodeID,
          type: 'scheme',
          name: SCHEME_NAMES[node.type],
          metadata: node.argmap ? { argmap: node.argmap } : {},
        },
  );
  // SADFace's core metadata has the title, author, date and description; only a source reference has no place.
  reportExtensions(map, report, { tools: 'SADFace', metaElsewhere: false });
  if (map.meta.source) {
    report.approximated('source', () => 'The map’s source reference is kept only in Argmap’s own "argmap" fields');
  }
  report.approximated(
    'positions',
    () => 'Positions are kept only in Argmap’s own "argmap" fields: SADFace has no layout',
  );
  const { title, author, date, description } = map.meta;
  const document = {
    metadata: {
      core: {
        id: globalThis.crypto.randomUUID(),
        version: SADFACE_VERSION,
        created: date ? `${date}T00:00:00` : now,
        edited: now,
        title,
        ...(author ? { analyst_name: author } : {}),
        ...(description ? { description } : {}),
      },
      argmap: { version: ARGMAP_EXTENSION_VERSION, meta: map.meta },
    },
    nodes: sadfaceNodes,
    edges: edges.map(({ edgeID, fromID, toID }) => ({ id: `e${edgeID}`, source_id: fromID, target_id: toID })),
    resources: [],
  };
  return { text: `${JSON.stringify(document, null, 2)}\n`, report: report.lines() };
}
