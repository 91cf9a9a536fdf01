import { describe, expect, it } from 'vitest';
import { emptyMap, type ArgumentMap } from '../../model/argumentMap';
import { exportArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { canonByText, makeMap } from './argdownTestMaps';

function roundTrip(map: ArgumentMap) {
  const exported = exportArgdown(map);
  const back = importArgdown(exported.text);
  if (!back.ok) throw new Error(`${back.message}\n${exported.text}`);
  return { text: exported.text, report: exported.report.map((line) => line.message), map: back.map };
}
const titlesOf = (map: ArgumentMap) => Object.values(map.nodes).map((node) => node.title);

describe('finer relation kinds', () => {
  it('writes contrary, contradictory and entails between statements back as such, in strict mode', () => {
    const map = makeMap(
      [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B', kind: 'thesis' },
        { id: 'c', text: 'C', kind: 'thesis' },
        { id: 'd', text: 'D', kind: 'thesis' },
      ],
      [
        { kind: 'support', original: 'entails', from: ['a'], to: 'b' },
        { kind: 'attack', original: 'contrary', from: ['a'], to: 'c' },
        { kind: 'attack', original: 'contradictory', from: ['a'], to: 'd' },
      ],
    );
    const { text, map: back } = roundTrip(map);
    expect(text).toContain('model:\n  mode: strict');
    expect(text).toContain('  >< [D]');
    expect(canonByText(back)).toEqual(canonByText(map));
  });

  it('writes them as plain supports and attacks when the document also has plain ones, and says so', () => {
    const map = makeMap(
      [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B', kind: 'thesis' },
        { id: 'c', text: 'C', kind: 'thesis' },
      ],
      [
        { kind: 'support', original: 'entails', from: ['a'], to: 'b' },
        { kind: 'support', from: ['a'], to: 'c' },
      ],
    );
    const { text, report, map: back } = roundTrip(map);
    expect(text).not.toContain('strict');
    expect(report).toContain(
      '1 entailment written as a plain support (Argdown has them only between statements, and contrary and entailment only when every such relation is one)',
    );
    expect(Object.values(back.relations).map((r) => r.original)).toEqual([undefined, undefined]);
  });
});

describe('undercuts and linked relations', () => {
  const nodes = [
    { id: 'claim', text: 'The claim.', kind: 'thesis' as const },
    { id: 'p1', text: 'First premise.' },
    { id: 'p2', text: 'Second premise.' },
    { id: 'ev', text: 'Some evidence.', kind: 'evidence' as const },
    { id: 'obj', text: 'An objection.', kind: 'objection' as const },
    { id: 'u1', text: 'Undercuts the linked support.', kind: 'rebuttal' as const },
    { id: 'u2', text: 'Undercuts the evidence.', kind: 'objection' as const },
    { id: 'u3', text: 'Undercuts the objection.', kind: 'rebuttal' as const },
  ];

  it('keeps undercuts of a linked support, of a statement’s support and of an objection', () => {
    const map = makeMap(nodes, [
      { id: 'linked', kind: 'support', from: ['p1', 'p2'], to: 'claim' },
      { id: 'evidence', kind: 'support', from: ['ev'], to: 'claim' },
      { id: 'objection', kind: 'attack', from: ['obj'], to: 'claim' },
      { kind: 'undercut', from: ['u1'], to: { relation: 'linked' } },
      { kind: 'undercut', from: ['u2'], to: { relation: 'evidence' } },
      { kind: 'undercut', from: ['u3'], to: { relation: 'objection' } },
    ]);
    const { text, report, map: back } = roundTrip(map);
    expect(text).toContain('_> <First premise and Second premise>');
    expect(canonByText(back)).toEqual(canonByText(map));
    expect(report.filter((line) => !/^Positions|without a title/.test(line))).toEqual([]);
  });

  it('splits a linked attack into one attack per premise, and says so', () => {
    const map = makeMap(nodes.slice(0, 3), [{ kind: 'attack', from: ['p1', 'p2'], to: 'claim' }]);
    const { report, map: back } = roundTrip(map);
    expect(report).toContain(
      "1 linked attack written as one attack by each premise (Argdown links premises only in an argument's reconstruction, which supports its conclusion)",
    );
    expect(canonByText(back).relations).toEqual([
      'First premise. attack The claim.',
      'Second premise. attack The claim.',
    ]);
  });
});

describe('tags, titles, texts', () => {
  it('writes tags with spaces or other letters as #(…), and a ")" as "]"', () => {
    const map = makeMap([{ id: 'a', text: 'A', tags: ['plain', 'two words', 'ünïcode', 'a)b'] }]);
    const { text, report, map: back } = roundTrip(map);
    expect(text).toContain('A #plain #(two words) #(ünïcode) #(a]b)');
    expect(Object.values(back.nodes)[0].tags).toEqual(['plain', 'two words', 'ünïcode', 'a]b']);
    expect(report).toContain('1 tag changed to fit Argdown (")" made "]")');
  });

  it('keeps titles with special characters, changing only what Argdown cannot read', () => {
    const titles = [
      'Kazakhstan’s "profile" & co',
      'a_b*c #x @y',
      '50% (approx.)',
      'x]y',
      '-dash',
      'Untitled 3',
      'Same',
      'Same',
    ];
    const map = makeMap(titles.map((title, i) => ({ id: `n${i}`, title, text: `Text ${i}.` })));
    const { report, map: back } = roundTrip(map);
    expect(titlesOf(back)).toEqual([
      'Kazakhstan’s "profile" & co',
      'a_b*c #x @y',
      '50% (approx.)',
      'x)y',
      'dash',
      'Untitled 3 (title)',
      'Same',
      'Same (2)',
    ]);
    expect(report).toContain('4 titles changed for Argdown (a bracket, a line break or a name used twice)');
  });

  it('keeps a very long text with every kind of Argdown syntax in it', () => {
    const chunk = 'A [b] <c> #d @[e] *f* _g_ {h: i} // j /* k */ <!-- l --> :heart: .->. === (1) 1. + - ><  \\ ';
    const text = chunk.repeat(Math.floor(20_000 / chunk.length)).trim();
    const map = makeMap([
      { id: 'a', text, title: 'Long' },
      { id: 'b', text: `Untitled: ${text.slice(0, 500)}` },
    ]);
    const { map: back } = roundTrip(map);
    expect(Object.values(back.nodes).map((n) => n.text)).toEqual([text, `Untitled: ${text.slice(0, 500)}`]);
  });

  it('keeps notes and quotes with quotes, braces, line breaks and ===', () => {
    const notes = 'Line one "quoted" {braced}\nline two === end';
    const map = makeMap([{ id: 'a', text: 'A', notes, source: { quote: '} tricky {' } }]);
    expect(Object.values(roundTrip(map).map.nodes)[0]).toMatchObject({ notes, source: { quote: '} tricky {' } });
  });

  it('writes an empty map as front matter and its title as a heading (Argdown reads no front matter alone)', () => {
    const { text, map: back } = roundTrip(emptyMap('Nothing yet'));
    expect(text).toBe('===\ntitle: "Nothing yet"\n===\n\n# Nothing yet\n');
    expect(back).toMatchObject({ meta: { title: 'Nothing yet' }, nodes: {}, relations: {} });
  });

  it('defines a node without text by its title and an escaped space, which the import trims', () => {
    const { text, map: back } = roundTrip(
      makeMap([{ id: 'a', text: '', kind: 'note', notes: 'A ]: in the data', tags: ['b]:'] }]),
    );
    // `[Note] #(b]:)` would read as the definition of a statement titled "Note] #(b".
    expect(text).toContain('[Note]: \\  #(b]:) {kind: "note", notes: "A ]: in the data"}');
    expect(Object.values(back.nodes)).toMatchObject([{ text: '', kind: 'note', title: 'Note', tags: ['b]:'] }]);
  });

  it('joins the lines of a text, and says so', () => {
    const { report, map: back } = roundTrip(makeMap([{ id: 'a', text: 'One\ntwo\n\nthree' }]));
    expect(Object.values(back.nodes)[0].text).toBe('One two three');
    expect(report).toContain('1 text with line breaks written on one line (an Argdown statement is one paragraph)');
  });
});

describe('the order of the document', () => {
  it('follows the relations, not the canvas: moving nodes changes nothing (an import lays them out anew)', () => {
    const nodes = [
      { id: 't', text: 'Thesis.', kind: 'thesis' as const },
      { id: 'r1', text: 'First reason.', kind: 'reason' as const },
      { id: 'r2', text: 'Second reason.', kind: 'reason' as const },
      { id: 'o', text: 'Objection to the first.', kind: 'objection' as const },
    ];
    const relations = [
      { kind: 'support' as const, from: ['r1'], to: 't' },
      { kind: 'support' as const, from: ['r2'], to: 't' },
      { kind: 'attack' as const, from: ['o'], to: 'r1' },
    ];
    const moved = nodes.map((node, i) => ({ ...node, position: { x: 300 - 100 * i, y: 400 - 100 * i } }));
    const { text } = exportArgdown(makeMap(nodes, relations));
    expect(exportArgdown(makeMap(moved, relations)).text).toBe(text);
    expect(text.indexOf('First reason.')).toBeLessThan(text.indexOf('Objection to the first.'));
    expect(text.indexOf('Objection to the first.')).toBeLessThan(text.indexOf('Second reason.'));
  });
});
