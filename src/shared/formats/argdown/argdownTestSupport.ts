/*
 * For the tests only: what an Argdown document holds, reduced to comparable strings, from two
 * sources (Argdown's own command-line JSON, and @argdown/core's model of a text), and the same
 * strings from a map. The rules here are written out again, independently of the import code,
 * from the mapping documented at the top of argdownImport.ts.
 */
import {
  ArgdownApplication,
  ArgdownTypes,
  DataPlugin,
  IArgument,
  IEquivalenceClass,
  ModelPlugin,
  ParserPlugin,
  type IArgdownResponse,
  type IInference,
  type RelationMember,
} from '@argdown/core';
import type { ArgumentMap, Relation } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { INFERENCE_ONLY_KEY } from './importFields';

type Shape = 'statement' | 'argument' | 'inference';
interface Ref {
  shape: Shape;
  /** The element's title; for an inference, its argument's. */
  title: string;
}
interface PcsLine {
  title: string;
  /** For a conclusion: the statement numbers its inference uses, if it names them. */
  uses?: number[] | null;
  isConclusion: boolean;
}
/** A document's statements, arguments and relations, whichever program read it. */
export interface Elements {
  statements: { title: string; text: string }[];
  arguments: { title: string; text: string; pcs: PcsLine[]; inferenceOnly: boolean }[];
  relations: { from: Ref; type: string; to: Ref }[];
}

/** What a document or a map holds: nodes by key (title, or `text:…` without one) and relations as lines. */
export interface Canon {
  nodes: Map<string, string>;
  relations: string[];
}

const norm = (text: string | undefined): string =>
  (text ?? '')
    .replace(/(\s*#(\([^)]+\)|[\w\-\u00A0-\uFFEF]+))+\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
const isMadeUp = (title: string): boolean => /^Untitled \d+$/.test(title);
const TYPE: Record<string, string> = {
  support: 'support',
  attack: 'attack',
  undercut: 'undercut',
  entails: 'support/entails',
  contrary: 'attack/contrary',
  contradictory: 'attack/contradictory',
};

/** The parts of Argdown's command-line JSON (`argdown json`) the tests read. */
interface CliMember {
  text?: string;
  isReference?: boolean;
}
interface CliPcsStatement {
  title: string;
  inference?: { data?: { uses?: number[] } };
}
interface CliJson {
  statements: Record<string, { members: CliMember[] }>;
  arguments: Record<string, { members: CliMember[]; pcs: CliPcsStatement[]; data?: Record<string, unknown> }>;
  relations: { from: string; fromType: string; relationType: string; to: string; toType: string }[];
}

const pcsLines = (pcs: CliPcsStatement[]): PcsLine[] =>
  pcs.map((s) => ({ title: s.title, uses: s.inference?.data?.uses, isConclusion: !!s.inference }));

/** Argdown's command-line JSON (`argdown json`), as {@link Elements}. */
export function elementsFromCli(parsed: unknown): Elements {
  const json = parsed as CliJson;
  const canonicalText = (members: CliMember[]): string => members.filter((m) => !m.isReference).at(-1)?.text ?? '';
  const shape = (type: string): Shape =>
    type === 'equivalence-class' ? 'statement' : type === 'argument' ? 'argument' : 'inference';
  return {
    statements: Object.entries(json.statements).map(([title, s]) => ({ title, text: canonicalText(s.members) })),
    arguments: Object.entries(json.arguments).map(([title, a]) => ({
      title,
      text: canonicalText(a.members),
      inferenceOnly: a.data?.[INFERENCE_ONLY_KEY] === true,
      pcs: pcsLines(a.pcs),
    })),
    relations: json.relations.map((r) => ({
      from: { shape: shape(r.fromType), title: r.from },
      type: r.relationType,
      to: { shape: shape(r.toType), title: r.to },
    })),
  };
}

/**
 * Reads a text with @argdown/core's parser and model plugins. Throws on any syntax error and on
 * data or front matter that is not valid YAML (which core, left to itself, swallows, ending the
 * model where it stood).
 */
export function readWithArgdown(text: string): Elements {
  const app = new ArgdownApplication({ log: () => undefined, setLevel: () => undefined });
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({
    input: text,
    process: ['parse-input', 'build-model'],
    logExceptions: false,
    throwExceptions: true,
  });
  const errors = [...(response.lexerErrors ?? []), ...(response.parserErrors ?? [])];
  if (errors.length > 0) throw new Error(`Argdown could not read the text: ${errors[0].message}`);
  return elementsFromCore(response as Required<IArgdownResponse>);
}

/** @argdown/core's model of a text, as {@link Elements}. */
export function elementsFromCore(
  model: Required<Pick<IArgdownResponse, 'statements' | 'arguments' | 'relations'>>,
): Elements {
  const ref = (member: RelationMember | undefined): Ref =>
    member?.type === ArgdownTypes.EQUIVALENCE_CLASS
      ? { shape: 'statement', title: member.title! }
      : member?.type === ArgdownTypes.ARGUMENT
        ? { shape: 'argument', title: member.title! }
        : { shape: 'inference', title: (member as IInference | undefined)?.argumentTitle ?? '' };
  return {
    statements: Object.values(model.statements).map((s) => ({
      title: s.title!,
      text: IEquivalenceClass.getCanonicalMemberText(s) ?? '',
    })),
    arguments: Object.values(model.arguments).map((a) => ({
      title: a.title!,
      text: IArgument.getCanonicalMemberText(a) ?? '',
      inferenceOnly: a.data?.[INFERENCE_ONLY_KEY] === true,
      pcs: pcsLines(a.pcs as CliPcsStatement[]),
    })),
    relations: model.relations.map((r) => ({ from: ref(r.from), type: r.relationType, to: ref(r.to) })),
  };
}

/** The map an import must make of a document, as a {@link Canon}. */
export function canonOfElements(elements: Elements): Canon {
  const nodes = new Map<string, string>();
  const keyOf = new Map<string, string>();
  const add = (shape: Shape, title: string, text: string): void => {
    const key = isMadeUp(title) ? `text:${norm(text)}` : title;
    if (nodes.has(key)) throw new Error(`Two elements share the key "${key}"; the canon cannot tell them apart`);
    nodes.set(key, norm(text));
    keyOf.set(`${shape}:${title}`, key);
  };
  for (const s of elements.statements) add('statement', s.title, s.text);
  for (const a of elements.arguments.filter((a) => !a.inferenceOnly)) add('argument', a.title, a.text);
  const key = (ref: Ref): string => keyOf.get(`${ref.shape}:${ref.title}`)!;
  const line = (from: string[], type: string, to: string): string =>
    `${[...new Set(from)].sort().join(' + ')} ${type} ${to}`;

  const relations: string[] = [];
  const mainInference = new Map<string, string>();
  for (const argument of elements.arguments) {
    let since: string[] = [];
    let last: string | undefined;
    argument.pcs.forEach((s, index) => {
      const title = keyOf.get(`statement:${s.title}`)!;
      if (!s.isConclusion) return void since.push(title);
      // `uses` counts only statements above the inference; naming none of them, it is as if absent.
      const above = (s.uses ?? []).filter((n) => Number.isInteger(n) && n >= 1 && n <= index);
      const uses = above.length > 0 ? above.map((n) => keyOf.get(`statement:${argument.pcs[n - 1].title}`)!) : null;
      const premises = (uses ?? [...(last ? [last] : []), ...since]).filter((p) => p !== title);
      if (premises.length > 0) {
        mainInference.set(argument.title, line(premises, 'support', title));
        relations.push(line(premises, 'support', title));
      }
      [since, last] = [[], title];
    });
    if (last && !argument.inferenceOnly)
      relations.push(line([key({ shape: 'argument', title: argument.title })], 'support/entails', last));
  }
  const asLine = (r: Elements['relations'][number], seen = new Set<unknown>()): string | undefined => {
    if (r.type !== 'undercut')
      return key(r.from) === key(r.to) ? undefined : line([key(r.from)], TYPE[r.type], key(r.to));
    if (r.to.shape === 'inference') return line([key(r.from)], 'undercut', `[${mainInference.get(r.to.title)}]`);
    const first = elements.relations.find((o) => o !== r && o.from.shape === r.to.shape && o.from.title === r.to.title);
    if (!first || seen.has(first)) return line([key(r.from)], 'attack', key(r.to));
    return line([key(r.from)], 'undercut', `[${asLine(first, new Set([...seen, r]))}]`);
  };
  for (const r of elements.relations) {
    const text = asLine(r);
    if (text) relations.push(text);
  }
  return { nodes, relations: [...new Set(relations)].sort() };
}

/** A map as a {@link Canon}: nodes keyed by the title given (or `text:…`), relations by their nodes' keys. */
export function canonOfMap(map: ArgumentMap, titles: ReadonlyMap<NodeId, string | undefined> = new Map()): Canon {
  const keyOf = (id: NodeId): string => titles.get(id) ?? map.nodes[id].title ?? `text:${norm(map.nodes[id].text)}`;
  const nodes = new Map(Object.values(map.nodes).map((node) => [keyOf(node.id), norm(node.text)]));
  const line = (r: Relation): string => {
    const to = 'node' in r.to ? keyOf(r.to.node) : `[${line(map.relations[r.to.relation])}]`;
    return `${r.from.map(keyOf).sort().join(' + ')} ${r.kind}${r.original ? `/${r.original}` : ''} ${to}`;
  };
  return { nodes, relations: Object.values(map.relations).map(line).sort() };
}
