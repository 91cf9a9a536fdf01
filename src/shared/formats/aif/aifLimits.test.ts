import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../model/ids';
import { LIMITS } from '../../schema/argumentMapSchema';
import { tinyMap } from '../../testing/tinyMap';
import { importedOk as imported, messages, nodeset, statementWithText } from './aifTestDocuments';
import { exportAif } from './exportAif';
import { importAif } from './importAif';

/** Statements, each asserted (L → YA → I) once by each of the named speakers. */
function asserted(statements: string[], speakers: string[]): string {
  const nodes = statements.map((text) => ({ nodeID: text, type: 'I', text }));
  const edges: { fromID: string; toID: string }[] = [];
  const locutions: { nodeID: string; personID: number }[] = [];
  statements.forEach((statement, s) =>
    speakers.forEach((_, k) => {
      const [l, ya] = [`l${s}-${k}`, `ya${s}-${k}`];
      nodes.push({ nodeID: l, type: 'L', text: `${statement}!` }, { nodeID: ya, type: 'YA', text: 'Asserting' });
      edges.push({ fromID: l, toID: ya }, { fromID: ya, toID: statement });
      locutions.push({ nodeID: l, personID: k });
    }),
  );
  const participants = speakers.map((firstname, k) => ({ participantID: k, firstname, surname: '' }));
  return JSON.stringify({ nodes, edges, locutions, participants });
}

describe('what the schema’s limits cut, reported', () => {
  it('keeps the first 50 speakers of a statement as tags and reports the rest', () => {
    const speakers = Array.from({ length: 60 }, (_, k) => `Speaker ${k}`);
    const { map, report } = imported(asserted(['s'], speakers));
    expect(statementWithText(map, 's').tags).toEqual(speakers.slice(0, LIMITS.tags));
    expect(messages(report)).toContain(
      'dropped: 10 speaker tags beyond the 50 a statement can hold dropped (the locution notes still name the speakers)',
    );
  });

  it('shortens a speaker name too long for a tag, reporting the speaker once', () => {
    const long = 'A'.repeat(150);
    const { map, report } = imported(asserted(['s', 't'], [long]));
    expect(statementWithText(map, 's').tags).toEqual(['A'.repeat(LIMITS.tagLength)]);
    expect(statementWithText(map, 't').tags).toEqual(['A'.repeat(LIMITS.tagLength)]);
    expect(messages(report)).toContain('approximated: 1 speaker name longer than 100 characters shortened in tags');
  });

  it('shortens texts over 20,000 characters, in the Argdown importer’s words', () => {
    const long = (c: string): string => c.repeat(LIMITS.textLength + 1);
    const one = imported(nodeset([[1, 'I', long('a')]], []));
    expect(statementWithText(one.map, 'a'.repeat(LIMITS.textLength)).text).toHaveLength(LIMITS.textLength);
    expect(messages(one.report)).toEqual(['approximated: 1 text longer than 20,000 characters shortened']);
    const two = imported(
      nodeset(
        [
          [1, 'I', long('a')],
          [2, 'I', long('b')],
        ],
        [],
      ),
    );
    expect(messages(two.report)).toEqual(['approximated: 2 texts longer than 20,000 characters shortened']);
  });

  it('writes and reads back empty notes, which the schema allows, so the map comes back identical', () => {
    const map = tinyMap();
    const t = asNodeId('n-t');
    map.nodes[t] = { ...map.nodes[t], notes: '' };
    const exported = exportAif(map);
    const written = JSON.parse(exported.text).AIF.nodes.find((n: { nodeID: string }) => n.nodeID === t);
    expect(written.argmap).toEqual({ kind: 'thesis', notes: '' });
    const back = importAif(exported.text);
    if (!back.ok) throw new Error(back.message);
    expect(back.map).toEqual(map);
  });

  it('counts the fields of Argmap’s own members it could not read, instead of dropping them silently', () => {
    const text = JSON.stringify({
      nodes: [
        {
          nodeID: 'a',
          type: 'I',
          text: 'a',
          argmap: { kind: 'bogus', title: '', tags: Array(51).fill('t'), notes: 'kept' },
        },
        { nodeID: 'b', type: 'I', text: 'b', argmap: 'not an object' },
        { nodeID: 'r', type: 'RA', text: 'RA', argmap: { original: 'bogus' } },
      ],
      edges: [
        { fromID: 'a', toID: 'r' },
        { fromID: 'r', toID: 'b' },
      ],
      argmap: { version: 1, meta: { title: 'T', colour: 'red' } },
    });
    const { map, report } = imported(text);
    expect(statementWithText(map, 'a')).toMatchObject({ kind: 'reason', notes: 'kept', tags: [] });
    expect(map.meta.title).toBe('Imported AIF map');
    expect(messages(report)).toEqual(['dropped: 6 damaged fields in Argmap’s own "argmap" members ignored']);
    const one = imported(
      JSON.stringify({ nodes: [{ nodeID: 'a', type: 'I', text: 'a', argmap: { kind: 1 } }], edges: [] }),
    );
    expect(messages(one.report)).toEqual(['dropped: 1 damaged field in Argmap’s own "argmap" members ignored']);
  });
});
