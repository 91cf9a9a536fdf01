import { plural, type ReportBuilder } from '../interop';
import type { AifInput, AifNodeRecord } from './aifDocument';
import { type AifGraph, sourcesOf, targetsOf, typeOf } from './aifGraph';

/** Node types of the dialogue layer: locutions, illocutionary connections, transitions. */
export const DIALOGUE_TYPES: ReadonlySet<string> = new Set(['L', 'YA', 'TA']);

// An illocution named only by its type or by OVA's generated "YA_<hash>" says nothing to a reader.
const SAYS_NOTHING = /^(|YA|YA_[0-9a-f]+|default illocuting)$/i;

/** What the dialogue layer leaves on a statement: note lines and speakers' names, each once, in file order. */
export interface StatementDialogue {
  notes: Set<string>;
  speakers: Set<string>;
}

/**
 * Keeps what the map can hold of a dialogue: each locution (L) that introduced a statement through
 * an illocution (YA), as a note line on that statement ("Locution (Asserting, Ann Lee): …"), and its
 * speaker, when the file names one, as a tag. Transitions (TA), illocutions anchored on S nodes and
 * locutions that introduce no statement have no place in a map and are counted as dropped.
 */
export function readDialogue(graph: AifGraph, input: AifInput, report: ReportBuilder): Map<string, StatementDialogue> {
  const byStatement = new Map<string, StatementDialogue>();
  const keptLocutions = new Set<string>();
  const nodesOfType = (type: string): AifNodeRecord[] => [...graph.nodes.values()].filter((n) => n.type === type);

  for (const ya of nodesOfType('YA')) {
    const locutions = sourcesOf(graph, ya.id).filter((id) => typeOf(graph, id) === 'L');
    const statements = targetsOf(graph, ya.id).filter((id) => typeOf(graph, id) === 'I');
    if (locutions.length === 0 || statements.length === 0) {
      report.dropped('YA', (n) => `${plural(n, 'illocution')} (YA) not linking a locution to a statement dropped`);
      continue;
    }
    const illocution = [ya.scheme, ya.text].map((s) => s?.trim() ?? '').find((s) => !SAYS_NOTHING.test(s));
    for (const locutionId of locutions) {
      keptLocutions.add(locutionId);
      const speaker = input.speakerOf.get(locutionId);
      const about = [illocution, speaker].filter(Boolean).join(', ');
      const line = `Locution${about ? ` (${about})` : ''}: ${graph.nodes.get(locutionId)!.text}`;
      for (const statementId of statements) {
        const entry = byStatement.get(statementId) ?? { notes: new Set<string>(), speakers: new Set<string>() };
        byStatement.set(statementId, entry);
        entry.notes.add(line);
        if (speaker) entry.speakers.add(speaker);
      }
    }
  }

  const locutions = nodesOfType('L');
  const kept = locutions.filter((l) => keptLocutions.has(l.id)).length;
  report.approximated(
    'L-kept',
    (n) =>
      n === 1
        ? '1 locution (L) kept as a statement note, with the illocution (YA) that links it'
        : `${n} locutions (L) kept as statement notes, each with the illocution (YA) that links it`,
    kept,
  );
  report.dropped('L', (n) => `${plural(n, 'locution')} (L) not tied to a statement dropped`, locutions.length - kept);
  report.dropped('TA', (n) => `${plural(n, 'transition')} between locutions (TA) dropped`, nodesOfType('TA').length);
  return byStatement;
}
