import {
  ArgdownApplication,
  DataPlugin,
  ModelPlugin,
  ParserPlugin,
  TokenNames,
  type IArgdownLogger,
  type IArgdownResponse,
  type IArgument,
  type IEquivalenceClass,
  type IRelation,
} from '@argdown/core';

/** What Argdown's own model plugin made of a document: the part of its response an import reads. */
export interface ArgdownModel {
  statements: Record<string, IEquivalenceClass>;
  arguments: Record<string, IArgument>;
  relations: IRelation[];
  /** The YAML between `===` lines at the top, as parsed; absent without one. */
  frontMatter?: unknown;
  /** Syntax errors Argdown read past: the model may lack part of the passage around each. */
  syntaxErrors: SyntaxProblem[];
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
function modelApplication(): ArgdownApplication {
  const app = new ArgdownApplication(silentLogger);
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app;
}

const emptyModel = (): ArgdownModel => ({ statements: {}, arguments: {}, relations: [], syntaxErrors: [] });

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

/**
 * Runs Argdown's parser and model builder on a document. Never throws: a document Argdown
 * cannot build a model of comes back as a message naming the first problem and its line.
 */
export function parseArgdown(text: string): ArgdownParse {
  // Argdown's parser refuses an empty input outright; an empty document is simply an empty map.
  if (!text.trim()) return { ok: true, model: emptyModel() };
  let response: IArgdownResponse;
  try {
    response = modelApplication().run({
      input: text,
      process: ['parse-input', 'build-model'],
      logLevel: 'none',
      logExceptions: false,
      throwExceptions: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Argdown could not read the document (${detail}).` };
  }
  if (!hasContent(response)) return { ok: true, model: emptyModel() };
  const problems = syntaxProblems(response);
  const { statements, arguments: args, relations } = response;
  if (!statements || !args || !relations || (response.exceptions ?? []).length > 0) {
    const first = problems[0];
    const why = first ? describeProblem(first) : (response.exceptions?.[0]?.message ?? 'no model was built');
    return { ok: false, message: `Argdown could not read the document: ${why}` };
  }
  return {
    ok: true,
    model: { statements, arguments: args, relations, frontMatter: response.frontMatter, syntaxErrors: problems },
  };
}
