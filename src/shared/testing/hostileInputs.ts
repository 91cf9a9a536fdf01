/**
 * Argdown and AIF documents that name things after the properties every plain object inherits
 * (`__proto__`, `constructor`, `prototype`, `toString`…). A library that files such a name in a
 * plain object (`statements[title] ??= …`) writes into Object.prototype itself, and from then on
 * every object in the process seems to have that property. The guard tests import each of these
 * and then check the process is untouched and can still load and save a map.
 */
import type { ImportFormat } from '../formats/formatRegistry';

export interface HostileInput {
  name: string;
  format: ImportFormat;
  text: string;
}

/**
 * The reproduced bug (issue 13), 126 bytes: a statement titled `__proto__` with YAML data naming
 * `__proto__`, used again as a tag and a premise. Read in the main process, it put `data` (and
 * more) on Object.prototype: from then on every load overflowed the stack and every save failed.
 */
export const PROTO_STATEMENT =
  '[__proto__]: a __proto__ {__proto__: 1, kind: "evidence"}\n\n[b]: another statement. #__proto__\n' +
  '  + [__proto__]\n  - <__proto__>\n';

/** The names a plain object answers to without having them (and `prototype`, which functions own). */
export const RESERVED_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const argdown = (name: string, text: string): HostileInput => ({ name, format: 'argdown', text });
const aif = (name: string, document: string): HostileInput => ({ name, format: 'aif', text: document });

/** An AIFdb nodeset: two statements and an RA between them, with `extra` spliced into the node list. */
const nodeset = (ids: [string, string, string], extra = '', top = ''): string =>
  `{${top}"nodes":[{"nodeID":"${ids[0]}","text":"${ids[0]}","type":"I"},{"nodeID":"${ids[1]}","text":"b","type":"I"},` +
  `{"nodeID":"${ids[2]}","text":"Default Inference","type":"RA"}${extra}],` +
  `"edges":[{"fromID":"${ids[0]}","toID":"${ids[2]}"},{"fromID":"${ids[2]}","toID":"${ids[1]}"}]}`;

const PROTO = '"__proto__":{"polluted":1,"kind":"evidence"}';
const CONSTRUCTOR = '"constructor":{"prototype":{"polluted":1}}';

/**
 * Documents Argdown reads without a syntax error when `name` is an ordinary word (a test holds
 * them to that), so a reserved name reaches every place Argdown files titles, tags and data.
 */
export const ARGDOWN_TEMPLATES: Record<string, (name: string) => string> = {
  statement: (n) => `[${n}]: a statement #${n} {kind: evidence, ${n}: 1}\n`,
  'relation child': (n) => `[a]: thesis\n  + [${n}]: a reason #${n} {kind: evidence}\n  - <${n}>: an objection\n`,
  argument: (n) => `<${n}>: an argument #${n} {kind: objection}\n  - [claim]: c\n`,
  undercut: (n) => `<${n}>: an argument\n  + [claim]: c\n\n<b>: b\n  _> <${n}>\n`,
  reconstruction: (n) =>
    `<${n}>: rec #${n} {kind: reason}\n\n(1) [${n}]: premise #${n} {notes: n}\n(2) [b]: other\n` +
    `-- {uses: [1, 2], ${n}: {x: 1}} --\n(3) [${n}-c]: conclusion\n  - [d]: attacker\n`,
  reference: (n) => `[${n}]: defined\n\n[b]: b\n  - [${n}]\n  + <${n}>\n\n<${n}>: arg\n`,
  heading: (n) => `# ${n} {${n}: 1}\n\n[a]: under it #${n}\n`,
  tag: (n) => `[a]: text #${n} #(${n}) #b\n`,
};

function argdownInputs(): HostileInput[] {
  const perName = RESERVED_NAMES.flatMap((name) =>
    Object.entries(ARGDOWN_TEMPLATES).map(([where, template]) => argdown(`${where} ${name}`, template(name))),
  );
  return [
    argdown('the 126-byte file', PROTO_STATEMENT),
    ...perName,
    argdown('YAML __proto__ key', '[a]: text {__proto__: {polluted: 1, kind: evidence}}\n'),
    argdown('YAML nested __proto__', '[a]: text {notes: n, x: {y: {__proto__: {polluted: 1}}}}\n'),
    argdown('YAML constructor.prototype', '[a]: text {constructor: {prototype: {polluted: 1}}}\n'),
    argdown('YAML merge key', '[a]: text\n{\nbase: &b {__proto__: {polluted: 1}}\n<<: *b\n}\n'),
    argdown(
      'front matter',
      '===\ntitle: t\n__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 1\nmodel:\n  __proto__:\n    polluted: 1\n' +
        'data:\n  __proto__:\n    polluted: 1\n===\n\n[a]: text\n',
    ),
    argdown(
      'front matter source',
      '===\nsource:\n  __proto__: {title: polluted}\n  constructor: {prototype: {x: 1}}\n===\n[a]: t\n',
    ),
  ];
}

function aifInputs(): HostileInput[] {
  return [
    ...RESERVED_NAMES.map((name) => aif(`AIF nodeID ${name}`, nodeset([name, `${name}-b`, `${name}-ra`]))),
    aif('AIF ids all __proto__', nodeset(['__proto__', 'constructor', 'prototype'])),
    aif(
      'AIF type and text __proto__',
      nodeset(
        ['1', '2', '3'],
        ',{"nodeID":"4","text":"__proto__","type":"__proto__"},{"nodeID":"5","type":"constructor"}',
      ),
    ),
    aif('AIF JSON __proto__ at every level', everyLevel(PROTO)),
    aif('AIF JSON constructor at every level', everyLevel(CONSTRUCTOR)),
    aif(
      'OVA3 fields',
      `{${PROTO},"AIF":${nodeset(['__proto__', 'toString', 'constructor'], '', `${PROTO},`)},` +
        `"OVA":{${PROTO},"nodes":[{"nodeID":"__proto__","x":1,"y":2,"visible":true,${PROTO}},{"nodeID":"constructor","x":"3","y":"4","visible":true}],` +
        `"edges":[{${PROTO}}],"url":"__proto__"},"text":{"txt":"__proto__",${PROTO}}}`,
    ),
  ];
}

/** A nodeset with `member` on the document, every node and edge, locutions, participants and extensions. */
function everyLevel(member: string): string {
  return (
    `{${member},"nodes":[{${member},"nodeID":"__proto__","text":"a","type":"I","argmap":{${member},"kind":"evidence","source":{${member},"quote":"q"}}},` +
    `{"nodeID":"b","text":"b","type":"I",${member}},{"nodeID":"constructor","text":"","type":"RA","argmap":{${member}}},` +
    `{"nodeID":"l","text":"__proto__: says","type":"L"}],` +
    `"edges":[{${member},"fromID":"__proto__","toID":"constructor"},{"fromID":"constructor","toID":"b"}],` +
    `"locutions":[{${member},"nodeID":"l","personID":"__proto__"}],"participants":[{${member},"participantID":"__proto__","firstname":"__proto__"}],` +
    `"schemefulfillments":[{${member},"nodeID":"constructor"}],"argmap":{${member},"version":1,"meta":{${member},"title":"t"}}}`
  );
}

/** Every hostile document the guard tests import. */
export const HOSTILE_INPUTS: readonly HostileInput[] = [...argdownInputs(), ...aifInputs()];
