import fc from 'fast-check';
import { nestedJson, nestingDepth, POLLUTING_NAMES, POLLUTION_MARKER } from './loaderInputs';

/*
 * fast-check arbitraries for Argdown and AIF documents as a hostile or careless writer makes them:
 * names that are plain objects' own properties, relations that run in circles, nesting and
 * strings far past any limit. Written without the importers, so they do not share their mistakes.
 */

/** Names for statements, arguments, tags, data keys and AIF ids: ordinary, polluting, odd. */
const name = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c', 'Claim one', 'x y', '1', '0') },
  { weight: 2, arbitrary: fc.constantFrom(...POLLUTING_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '😀', 'Untitled 1', ' ', '') },
);

const argdownText = fc.oneof(
  fc.constantFrom('text', 'some words', '', '\\', '# not a heading', '\u0000', '\ud800', '[', '<', '{', '}', '//'),
  fc.string({ maxLength: 12, unit: 'binary' }),
);

/** YAML data or front matter: polluting keys, values nested up to 100,000 levels, or a huge string. */
const yaml = fc.oneof(
  name.map((key) => `{${key}: {${POLLUTION_MARKER}: 1}, kind: evidence}`),
  fc.constantFrom(`{__proto__: {${POLLUTION_MARKER}: 1}}`, '{kind: [objection]}', '{uses: [1, 99]}', '{a: *b}'),
  nestingDepth.map((depth) => `{notes: ${nestedJson(depth, 'mixed')}}`),
  fc.integer({ min: 20_001, max: 300_000 }).map((length) => `{notes: "${'n'.repeat(length)}"}`),
);

/** One line of an Argdown document. */
const argdownLine = fc.oneof(
  fc.tuple(name, argdownText).map(([title, text]) => `[${title}]: ${text}`),
  fc.tuple(name, argdownText).map(([title, text]) => `<${title}>: ${text}`),
  fc
    .tuple(fc.nat(6), fc.constantFrom('+>', '->', '_>', '<+', '<-', '<_', '><', '+', '-'), name)
    .map(([indent, arrow, title]) => `${'  '.repeat(indent + 1)}${arrow} [${title}]`),
  fc.tuple(fc.nat(9), name).map(([n, title]) => `(${n}) [${title}]`),
  fc.constantFrom('----', '--', '-- {uses: [1, 2]} --', '===', '# Heading', '## ', '* item', '1. item'),
  fc.tuple(argdownText, name).map(([text, tag]) => `${text} #(${tag}) #${tag}`),
  yaml,
  fc.tuple(name, yaml).map(([title, data]) => `[${title}]: text ${data}`),
);

/** Argdown documents: front matter or not, then lines and paragraphs of every kind, in any order. */
export const argdownDocument: fc.Arbitrary<string> = fc
  .record({
    frontMatter: fc.option(
      fc.oneof(
        name.map((key) => `===\n${key}: {${POLLUTION_MARKER}: 1}\ntitle: t\n===`),
        nestingDepth.map((depth) => `===\ntitle: ${nestedJson(depth, 'array')}\n===`),
      ),
      { nil: undefined },
    ),
    lines: fc.array(fc.oneof(argdownLine, fc.constant('')), { maxLength: 24 }),
    ending: fc.constantFrom('', '\n', '\r\n', '\n\n'),
  })
  .map(({ frontMatter, lines, ending }) => [...(frontMatter ? [frontMatter, ''] : []), ...lines].join('\n') + ending);

/** A chain of relations as deep as Argdown indentation goes: each line one level in from the one above. */
export const deepArgdown: fc.Arbitrary<string> = fc
  .integer({ min: 1, max: 2_000 })
  .map((depth) =>
    Array.from({ length: depth }, (_, i) => (i === 0 ? '[a0]: top' : `${' '.repeat(i)}+ [a${i}]: level ${i}`)).join(
      '\n',
    ),
  );

const AIF_TYPES = ['I', 'I', 'I', 'RA', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA', 'XX', ''];

/** An AIF id: a number, a string, or a polluting name. */
const aifId = fc.oneof(fc.nat(12), fc.nat(12).map(String), fc.constantFrom(...POLLUTING_NAMES));

/**
 * AIF nodesets with random nodes and edges: cycles (I → RA → I → RA…, RA → RA, CA ↔ CA) come by
 * themselves; ids repeat, edges dangle, the Argmap extension holds polluting keys and nodes may
 * be wrapped as an OVA3 save.
 */
export const aifGraph: fc.Arbitrary<string> = fc
  .record({
    nodes: fc.array(
      fc.record(
        {
          nodeID: aifId,
          type: fc.constantFrom(...AIF_TYPES),
          text: fc.oneof(fc.constantFrom('a claim', '', 'Default Inference', '\u0000', '\ud800'), name),
          scheme: fc.constantFrom('Default Conflict', 'Argument From Expert Opinion', null),
          argmap: fc.constantFrom(
            { kind: 'evidence' },
            { kind: '__proto__' },
            JSON.parse(`{"__proto__":{"${POLLUTION_MARKER}":1},"tags":["constructor"]}`) as object,
            { original: 'contrary' },
            'junk',
          ),
        },
        { requiredKeys: ['nodeID', 'type'] },
      ),
      { maxLength: 14 },
    ),
    edges: fc.array(fc.record({ fromID: aifId, toID: aifId }), { maxLength: 20 }),
    locutions: fc.option(fc.array(fc.record({ nodeID: aifId, personID: aifId }), { maxLength: 3 }), { nil: undefined }),
    wrap: fc.constantFrom('nodeset', 'ova', 'extension'),
  })
  .map(({ nodes, edges, locutions, wrap }) => {
    const nodeset = { nodes, edges, ...(locutions ? { locutions } : {}) };
    if (wrap === 'ova') return JSON.stringify({ AIF: nodeset, OVA: { nodes: [], url: '__proto__' }, text: 'x' });
    const extension = `"argmap":{"version":1,"meta":{"title":"t"},"__proto__":{"${POLLUTION_MARKER}":1}}`;
    const text = JSON.stringify(nodeset);
    return wrap === 'extension' ? `{${extension},${text.slice(1)}` : text;
  });

/** A long cycle of supports in AIF: I0 → RA → I1 → RA → … → I0. */
export const aifCycle: fc.Arbitrary<string> = fc.integer({ min: 2, max: 200 }).map((length) => {
  const nodes: object[] = [];
  const edges: object[] = [];
  for (let i = 0; i < length; i += 1) {
    nodes.push(
      { nodeID: `i${i}`, type: 'I', text: `Claim ${i}` },
      { nodeID: `s${i}`, type: 'RA', text: 'Default Inference' },
    );
    edges.push({ fromID: `i${i}`, toID: `s${i}` }, { fromID: `s${i}`, toID: `i${(i + 1) % length}` });
  }
  return JSON.stringify({ nodes, edges });
});
