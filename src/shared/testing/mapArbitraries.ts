import fc from 'fast-check';
import type { ArgNode, ArgumentMap, MapMetadata, Relation } from '../model/argumentMap';
import { asNodeId, asRelationId } from '../model/ids';
import { NODE_KINDS, type OriginalRelationKind, type RelationKind } from '../model/kinds';
import { checkArgumentMap } from '../schema/argumentMapSchema';

/*
 * fast-check arbitraries for maps and their texts, shared by the format property tests and the
 * fuzz suites: texts an exporter must escape, and valid maps of every shape the schema allows.
 */

/** Pieces of text that mean something to Argdown, and plain characters, in any order. */
export const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'[]<>#@*_{}/\\():.,;-+="\'`'.split('')),
      fc.constantFrom(
        ...['//', '/*', '*/', '<!--', '-->', '(1)', '1.', '->', '+>', '><', '_>', '===', '--', ':heart:', '.->.'],
        ...['e.g.', '#(a b)', '@[A]'],
      ),
      fc.constantFrom(' ', '  ', '\t', 'word', 'Ünïcödé', '😀'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim().length > 0);

/**
 * What a hostile text is made of: line starts and ends of every kind, Argdown's, Markdown's and
 * YAML's syntax, HTML entities, characters UTF-8 or YAML cannot hold as they are (NUL, half a
 * surrogate pair, C1 controls, U+FFFE), Unicode line separators and very long words.
 */
const HOSTILE_PIECES = [
  ...['#', '# Heading', '## ', '---', '===', '...', '[', ']', '<', '>', '+', '-', '_', '*', '~', '`', '|', '$'],
  ...['//', '/*', '*/', '<!--', '-->', '@', '{', '}', '{}', '\\', '\\\\', '\\n', ':', ': ', '"', "'", '&', '%'],
  ...['\t', '\r', '\n', '\r\n', '\n\n', ' \n ', '\u2028', '\u2029', '\u000b', '\f', '\u0085', '\u00a0', '\ufeff'],
  ...['\u0000', '\ud800', '\udfff', '\u007f', '\u0080', '\u009f', '\ufffe', '\uffff', '😀', 'Ünïcödé', 'ﬁ', 'İ'],
  ...['&amp;', '&lt;', '&#60;', ':heart:', '.x.', '(1)', '1.', '1)', '->', '+>', '_>', '><', '<-', '<+', 'e.g.'],
  ...['#(a b)', '#tag', '@[A]', '[A]:', '<A>:', 'Untitled 1', '__proto__', 'constructor', 'toString', 'null'],
  ...['true', '0x1F', '1e999', 'yes', '~', '!!js/function', '&anchor', '*alias', '? ', '- ', '%YAML'],
];

/** A text made of hostile pieces, plain words and random characters; possibly very long words. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 2, arbitrary: fc.constantFrom(' ', 'word', 'two words') },
      { weight: 2, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => 'w'.repeat(n + 200)) },
    ),
    { maxLength: 10 },
  )
  .map((pieces) => pieces.join(''));

/** Texts for every field: mostly hostile, some plain, some only a heading or a syntax mark. */
const anyText = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '# Only a heading', '#', '---', '[', '<', '\\', '\n') },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 5 }) },
);
const nonEmpty = (text: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> =>
  text.map((value) => value.slice(0, max)).filter((value) => value.length > 0);

type NodeFields = Omit<ArgNode, 'id' | 'position' | 'source' | 'text'> & { text?: string; quote?: string };

const plainNode: fc.Arbitrary<NodeFields> = fc.record({ kind: fc.constantFrom(...NODE_KINDS), tags: fc.constant([]) });
const nodeFields: fc.Arbitrary<NodeFields> = fc.record(
  {
    kind: fc.constantFrom(...NODE_KINDS),
    text: anyText,
    title: nonEmpty(anyText, 200),
    notes: anyText,
    tags: fc.array(nonEmpty(anyText, 100), { maxLength: 3 }),
    quote: nonEmpty(anyText, 20_000),
  },
  { requiredKeys: ['kind', 'text', 'tags'] },
);

const meta: fc.Arbitrary<MapMetadata> = fc.record(
  {
    title: anyText,
    author: anyText,
    date: fc.constantFrom('2016-05-01', '1999-12-31'),
    description: anyText,
    source: fc.record(
      { title: nonEmpty(anyText, 20_000), author: anyText, reference: anyText },
      { requiredKeys: ['title'] },
    ),
  },
  { requiredKeys: ['title'] },
);

/** How a relation is made: a support (possibly linked), attack or undercut of an earlier one, some with a finer kind. */
interface RelationSpec {
  kind: RelationKind;
  finer: boolean;
  from: number[];
  to: number;
}
const relationSpec: fc.Arbitrary<RelationSpec> = fc.record({
  kind: fc.constantFrom<RelationKind>('support', 'support', 'attack', 'undercut'),
  finer: fc.boolean(),
  from: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 3 }),
  to: fc.nat(30),
});

const FINER: Partial<Record<RelationKind, OriginalRelationKind>> = { support: 'entails', attack: 'contrary' };

/** Relations between `count` nodes `n0…`, each kept only where the schema allows it. */
function relationsFrom(specs: RelationSpec[], count: number): Record<string, Relation> {
  const made: Relation[] = [];
  for (const spec of specs) {
    const from = spec.from.filter((i) => i < count).map((i) => asNodeId(`n${i}`));
    if (from.length === 0 || (spec.kind !== 'support' && from.length > 1)) continue;
    const to =
      spec.kind === 'undercut'
        ? made.length > 0
          ? { relation: made[spec.to % made.length].id }
          : undefined
        : { node: asNodeId(`n${spec.to % count}`) };
    const original = spec.finer ? FINER[spec.kind] : undefined;
    if (to)
      made.push({ id: asRelationId(`r${made.length}`), kind: spec.kind, from, to, ...(original ? { original } : {}) });
  }
  return Object.fromEntries(made.map((relation) => [relation.id, relation]));
}

/**
 * Valid maps of up to 8 nodes, relations between them (cycles included), and any text in any
 * field; with `texts: 'plain'`, node `n3` says "Node 3." and has nothing else.
 */
export function validMap(options: { minNodes?: number; texts?: 'hostile' | 'plain' } = {}): fc.Arbitrary<ArgumentMap> {
  const plain = options.texts === 'plain';
  return fc
    .record({
      meta: plain ? fc.constant({ title: 'A map' }) : meta,
      nodes: fc.array(plain ? plainNode : nodeFields, { minLength: options.minNodes ?? 0, maxLength: 8 }),
      relations: fc.array(relationSpec, { maxLength: 10 }),
    })
    .map(({ meta, nodes, relations }) => {
      const map: ArgumentMap = { meta, nodes: {}, relations: {} };
      nodes.forEach(({ quote, text, ...fields }, i) => {
        const id = asNodeId(`n${i}`);
        const source = quote ? { source: { quote } } : {};
        map.nodes[id] = { id, position: { x: i * 10, y: 0 }, text: text ?? `Node ${i}.`, ...fields, ...source };
      });
      map.relations = relationsFrom(relations, nodes.length) as ArgumentMap['relations'];
      return map;
    })
    .filter((map) => checkArgumentMap(map).ok);
}
