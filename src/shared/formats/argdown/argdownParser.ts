import {
  ArgdownApplication,
  ModelPlugin,
  ParserPlugin,
  TokenNames,
  type IArgdownLogger,
  type IArgdownResponse,
  type IArgument,
  type IEquivalenceClass,
  type IRelation,
} from '@argdown/core';
import { titleDictionariesWithoutPrototype } from './titleDictionaries';
import { tolerantDataPlugin, type DataProblem } from './tolerantData';

/** What Argdown's own model plugin made of a document: the part of its response an import reads. */
export interface ArgdownModel {
  statements: Record<string, IEquivalenceClass>;
  arguments: Record<string, IArgument>;
  relations: IRelation[];
  /** The YAML between `===` lines at the top, as parsed; absent without one. */
  frontMatter?: unknown;
  /** Syntax errors Argdown read past: the model may lack part of the passage around each. */
  syntaxErrors: SyntaxProblem[];
  /** YAML blocks (front matter, `{…}` data) Argdown could not read: the model has them without data. */
  dataProblems: DataProblem[];
}

export interface SyntaxProblem {
  line?: number;
  message: string;
}

export type ArgdownParse = { ok: true; model: ArgdownModel } | { ok: false; message: string };

// Argdown logs through console by default; a library call must stay quiet.
const silentLogger: IArgdownLogger = { log: () => undefined, setLevel: () => undefined };

/**
 * Only the parser and the model builders: the full `argdown` application also loads the map,
 * colour, HTML and Graphviz (WASM) exporters, which an import has no use for.
 */
function modelApplication(dataProblems: DataProblem[]): ArgdownApplication {
  const app = new ArgdownApplication(silentLogger);
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(tolerantDataPlugin(dataProblems), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  // After ModelPlugin: titles like `__proto__` must never be keys of a plain object (see the file).
  app.addPlugin(titleDictionariesWithoutPrototype(), 'build-model');
  return app;
}

const emptyModel = (): ArgdownModel => ({
  statements: {},
  arguments: {},
  relations: [],
  syntaxErrors: [],
  dataProblems: [],
});

// Comments are skipped by the lexer: a document of comments and blank lines has no other tokens.
const LAYOUT_TOKENS = new Set([
  TokenNames.NEWLINE,
  TokenNames.EMPTYLINE,
  TokenNames.SPACES,
  TokenNames.INDENT,
  TokenNames.DEDENT,
]);
const hasContent = (response: IArgdownResponse): boolean =>
  (response.tokens ?? []).some((token) => !LAYOUT_TOKENS.has(token.tokenType.name as TokenNames));

function syntaxProblems(response: IArgdownResponse): SyntaxProblem[] {
  const lexing = (response.lexerErrors ?? []).map((error) => ({ line: error.line, message: error.message }));
  const parsing = (response.parserErrors ?? []).map((error) => ({
    line: Number.isFinite(error.token?.startLine) ? error.token.startLine : undefined,
    message: error.message,
  }));
  return [...lexing, ...parsing];
}

/** "line 4: Incomplete italic text range…", or the message alone when Argdown gave no line. */
export function describeProblem(problem: SyntaxProblem): string {
  const message = problem.message.replace(/\s+/g, ' ').trim();
  return problem.line === undefined ? message : `line ${problem.line}: ${message}`;
}

// Argdown's reader recurses once per level of nesting: indentation (refused before parsing, see
// argdownLimits.ts), emphasis (every `*` or `_` opened and not closed is a level more) and data.
const TOO_DEEP =
  'it nests too deeply for Argdown’s reader (“*” or “_” opened again and again and never closed, or data nested hundreds deep)';
const overflowed = (error: unknown): boolean => error instanceof RangeError && /call stack/i.test(error.message);

/**
 * Runs Argdown's parser and model builder on a document. Never throws. A document Argdown cannot
 * build a model of comes back as a message naming the first problem and its line; syntax errors
 * Argdown read past and YAML blocks it could not read come with the model, for the report.
 */
export function parseArgdown(text: string): ArgdownParse {
  // Argdown's parser refuses an empty input outright; an empty document is simply an empty map.
  if (!text.trim()) return { ok: true, model: emptyModel() };
  // Passed in, so that what was parsed before an exception can still name the line at fault.
  const response: IArgdownResponse = {};
  const dataProblems: DataProblem[] = [];
  try {
    // Without throwExceptions, core swallows an error that is not a plugin's own and ends the model
    // where it happened: the import would be silently short. (Syntax errors are read past either way.)
    modelApplication(dataProblems).run(
      {
        input: text,
        process: ['parse-input', 'build-model'],
        logLevel: 'none',
        logExceptions: false,
        throwExceptions: true,
      },
      response,
    );
  } catch (error) {
    // A document of comments only has no syntax tree, which Argdown's model builder refuses.
    if (response.tokens && !hasContent(response)) return { ok: true, model: emptyModel() };
    const first = syntaxProblems(response)[0];
    const detail = error instanceof Error ? error.message : String(error);
    const why = first ? describeProblem(first) : overflowed(error) ? TOO_DEEP : detail;
    return { ok: false, message: `Argdown could not read the document: ${why}` };
  }
  if (!hasContent(response)) return { ok: true, model: emptyModel() };
  const { statements, arguments: args, relations } = response;
  if (!statements || !args || !relations) return { ok: false, message: 'Argdown could not read the document.' };
  return {
    ok: true,
    model: {
      statements,
      arguments: args,
      relations,
      frontMatter: response.frontMatter,
      syntaxErrors: syntaxProblems(response),
      dataProblems,
    },
  };
}
