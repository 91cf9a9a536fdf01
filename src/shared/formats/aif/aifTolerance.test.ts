import { describe, expect, it } from 'vitest';
import { importedOk as imported, messages, nodeset, readableRelations, statementWithText } from './aifTestDocuments';

describe('importing untidy AIF', () => {
  it('takes numeric ids and nodes without timestamps', () => {
    const { map, report } = imported(
      nodeset(
        [
          [1, 'I', 'a'],
          [2, 'I', 'b'],
          [3, 'RA'],
        ],
        [
          [1, 3],
          [3, 2],
        ],
      ),
    );
    expect(Object.keys(map.nodes).sort()).toEqual(['i-1', 'i-2']);
    expect(readableRelations(map)).toEqual(['support a → b']);
    expect(report).toEqual([]);
  });

  it('keeps every I node: empty, odd and edgeless texts included', () => {
    const { map } = imported(
      nodeset(
        [
          [1, 'I', ''],
          [2, 'I', '   '],
          [3, 'I', null],
          [4, 'I', '⚖️ <b>x</b>'],
        ],
        [],
      ),
    );
    expect(Object.values(map.nodes).map((n) => n.text)).toEqual(['', '   ', '', '⚖️ <b>x</b>']);
    expect(Object.values(map.nodes).every((n) => n.kind === 'claim')).toBe(true);
  });

  it('makes unsafe ids safe and unique', () => {
    const { map } = imported(
      nodeset(
        [
          ['a b', 'I', 'x'],
          ['a/b', 'I', 'y'],
          ['__proto__', 'I', 'z'],
        ],
        [],
      ),
    );
    expect(Object.keys(map.nodes).sort()).toEqual(['i-__proto__', 'i-a_b', 'i-a_b-2']);
  });

  it('drops an RA without a premise and one without a conclusion, and says so', () => {
    const { map, report } = imported(
      nodeset(
        [
          [1, 'I'],
          [2, 'I'],
          [3, 'RA'],
          [4, 'RA'],
        ],
        [
          [3, 1],
          [2, 4],
        ],
      ),
    );
    expect(map.relations).toEqual({});
    expect(messages(report)).toEqual([
      'dropped: 1 inference (RA) without a premise dropped',
      'dropped: 1 inference (RA) without a conclusion dropped',
    ]);
  });

  it('merges repeated edges and ignores edges to missing nodes and self-loops', () => {
    const text = nodeset(
      [
        [1, 'I', 'a'],
        [2, 'I', 'b'],
        [3, 'RA'],
      ],
      [
        [1, 3],
        [1, 3],
        [3, 2],
        [3, 99],
        [3, 3],
      ],
    );
    const { map, report } = imported(text);
    expect(readableRelations(map)).toEqual(['support a → b']);
    expect(messages(report)).toEqual([
      'dropped: 1 connection to a node missing from the file ignored',
      'dropped: 1 connection from a node to itself ignored',
      'approximated: 1 repeated connection merged',
    ]);
  });

  it('reads an RA with several premises as one linked support', () => {
    const { map } = imported(
      nodeset(
        [
          [1, 'I', 'a'],
          [2, 'I', 'b'],
          [3, 'I', 'c'],
          [4, 'RA'],
        ],
        [
          [1, 4],
          [2, 4],
          [4, 3],
        ],
      ),
    );
    expect(readableRelations(map)).toEqual(['support a+b → c']);
    expect(statementWithText(map, 'c').kind).toBe('thesis');
    expect(statementWithText(map, 'a').kind).toBe('reason');
  });

  it('splits an RA with several conclusions into one relation each', () => {
    const { map, report } = imported(
      nodeset(
        [
          [1, 'I', 'a'],
          [2, 'I', 'b'],
          [3, 'I', 'c'],
          [4, 'RA'],
        ],
        [
          [1, 4],
          [4, 2],
          [4, 3],
        ],
      ),
    );
    expect(readableRelations(map)).toEqual(['support a → b', 'support a → c']);
    expect(Object.keys(map.relations).sort()).toEqual(['ra-4', 'ra-4-2']);
    expect(messages(report)).toEqual([
      'approximated: 1 inference (RA) with several conclusions split into one relation per conclusion',
    ]);
  });

  it('merges duplicate relations', () => {
    const text = nodeset(
      [
        [1, 'I', 'a'],
        [2, 'I', 'b'],
        [3, 'RA'],
        [4, 'RA'],
      ],
      [
        [1, 3],
        [3, 2],
        [1, 4],
        [4, 2],
      ],
    );
    const { map, report } = imported(text);
    expect(readableRelations(map)).toEqual(['support a → b']);
    expect(messages(report)).toEqual(['approximated: 1 duplicate relation merged with its equal']);
  });

  it('drops a premise that is its own conclusion, and an RA that is nothing else', () => {
    const text = nodeset(
      [
        [1, 'I', 'a'],
        [2, 'I', 'b'],
        [3, 'RA'],
        [4, 'RA'],
      ],
      [
        [1, 3],
        [2, 3],
        [3, 2],
        [1, 4],
        [4, 1],
      ],
    );
    const { map, report } = imported(text);
    expect(readableRelations(map)).toEqual(['support a → b']);
    expect(messages(report)).toEqual([
      'dropped: 1 premise identical to its conclusion ignored',
      'dropped: 1 inference (RA) whose only premise is its own conclusion dropped',
    ]);
  });
});
