import type { ArgNode } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { NodeKind } from '../../model/kinds';
import { LIMITS } from '../../schema/argumentMapSchema';
import { plural, type ReportBuilder } from '../interop';
import type { AifNodeRecord } from './aifDocument';
import { readNodeExtension } from './argmapExtension';
import type { StatementDialogue } from './dialogue';

/** A statement made from an I node, and the kind Argmap wrote for it (which wins over the inferred one). */
export interface ImportedStatement {
  statement: ArgNode;
  writtenKind?: NodeKind;
}

/**
 * Makes statements from I nodes: text, what Argmap's own extension kept (kind, title, tags, notes,
 * source) and the dialogue the statement came from (locution notes, speakers as tags). Whatever does
 * not fit the schema's limits is shortened or dropped, and the report says so.
 */
export function statementReader(
  report: ReportBuilder,
): (id: NodeId, record: AifNodeRecord, dialogue: StatementDialogue | undefined) => ImportedStatement {
  const fit = (value: string): string => {
    if (value.length <= LIMITS.textLength) return value;
    report.approximated(
      'long-text',
      (n) => `${plural(n, 'text')} longer than ${LIMITS.textLength.toLocaleString('en-US')} characters shortened`,
    );
    return value.slice(0, LIMITS.textLength);
  };
  // A speaker is counted once however many statements they made.
  const longSpeakers = new Set<string>();
  const speakerTag = (name: string): string => {
    if (name.length <= LIMITS.tagLength) return name;
    if (!longSpeakers.has(name)) {
      longSpeakers.add(name);
      report.approximated(
        'long-speaker',
        (n) => `${plural(n, 'speaker name')} longer than ${LIMITS.tagLength} characters shortened in tags`,
      );
    }
    return name.slice(0, LIMITS.tagLength);
  };

  return (id, record, dialogue) => {
    const written = readNodeExtension(record.argmap, report);
    const lines = [...(written?.notes ? [written.notes] : []), ...(dialogue?.notes ?? [])];
    // Empty notes Argmap wrote stay empty notes, so a map comes back exactly as it was exported.
    const notes = lines.length > 0 ? lines.join('\n') : written?.notes;
    const tags = [...new Set([...(written?.tags ?? []), ...[...(dialogue?.speakers ?? [])].map(speakerTag)])];
    if (tags.length > LIMITS.tags) {
      report.dropped(
        'tag-limit',
        (n) =>
          `${plural(n, 'speaker tag')} beyond the ${LIMITS.tags} a statement can hold dropped ` +
          `(the locution notes still name ${n === 1 ? 'the speaker' : 'the speakers'})`,
        tags.length - LIMITS.tags,
      );
    }
    const statement: ArgNode = {
      id,
      kind: NodeKind.claim,
      text: fit(record.text),
      position: { x: 0, y: 0 },
      tags: tags.slice(0, LIMITS.tags),
      ...(written?.title ? { title: written.title } : {}),
      ...(notes !== undefined ? { notes: fit(notes) } : {}),
      ...(written?.source ? { source: written.source } : {}),
    };
    return { statement, writtenKind: written?.kind };
  };
}
