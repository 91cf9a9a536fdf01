import { describe, expect, it } from 'vitest';
import { messages, readableRelations, statementWithText } from './aifTestDocuments';
import { importAif } from './importAif';

// The dialogue layer as AIFdb stores it: L --> YA --> I, TA between locutions, YA "Arguing" on an RA.
const dialogue = JSON.stringify({
  nodes: [
    { nodeID: '10', type: 'I', text: 'Taxes should rise' },
    { nodeID: '11', type: 'I', text: 'Schools need money' },
    { nodeID: '12', type: 'RA', text: 'Default Inference', scheme: 'Default Inference' },
    { nodeID: '20', type: 'L', text: 'Ann: taxes should rise' },
    { nodeID: '21', type: 'YA', text: 'Asserting', scheme: 'Asserting' },
    { nodeID: '22', type: 'L', text: 'Bob: schools need money' },
    { nodeID: '23', type: 'YA', text: 'YA_8fc2706f33bc57340ffd6c0081979aa1' },
    { nodeID: '24', type: 'TA', text: 'Default Transition' },
    { nodeID: '25', type: 'YA', text: 'Arguing', scheme: 'Arguing' },
    { nodeID: '26', type: 'L', text: 'Bob: um' },
  ],
  edges: [
    { edgeID: '1', fromID: '11', toID: '12' },
    { edgeID: '2', fromID: '12', toID: '10' },
    { edgeID: '3', fromID: '20', toID: '21' },
    { edgeID: '4', fromID: '21', toID: '10' },
    { edgeID: '5', fromID: '22', toID: '23' },
    { edgeID: '6', fromID: '23', toID: '11' },
    { edgeID: '7', fromID: '20', toID: '24' },
    { edgeID: '8', fromID: '24', toID: '22' },
    { edgeID: '9', fromID: '24', toID: '25' },
    { edgeID: '10', fromID: '25', toID: '12' },
  ],
  locutions: [
    { nodeID: '20', personID: '1', timestamp: '2015-11-25 16:13:54' },
    { nodeID: '22', personID: 2 },
  ],
  participants: [
    { participantID: 1, firstname: 'Ann', surname: 'Lee' },
    { participantID: '2', firstname: 'Bob', surname: '' },
  ],
});

describe('importing the dialogue layer', () => {
  it('keeps each locution as a note on its statement and its speaker as a tag', () => {
    const outcome = importAif(dialogue);
    if (!outcome.ok) throw new Error(outcome.message);
    const { map, report } = outcome;
    expect(Object.keys(map.nodes)).toHaveLength(2);
    expect(readableRelations(map)).toEqual(['support Schools need money → Taxes should rise']);
    expect(statementWithText(map, 'Taxes should rise')).toMatchObject({
      notes: 'Locution (Asserting, Ann Lee): Ann: taxes should rise',
      tags: ['Ann Lee'],
    });
    // OVA's generated "YA_<hash>" names no illocution, so the note names none.
    expect(statementWithText(map, 'Schools need money')).toMatchObject({
      notes: 'Locution (Bob): Bob: schools need money',
      tags: ['Bob'],
    });
    expect(messages(report)).toEqual([
      'dropped: 1 illocution (YA) not linking a locution to a statement dropped',
      'dropped: 1 locution (L) not tied to a statement dropped',
      'dropped: 1 transition between locutions (TA) dropped',
      'approximated: 2 locutions (L) kept as statement notes, each with the illocution (YA) that links it',
    ]);
  });
});
