import { DataPlugin, type ITokenNode } from '@argdown/core';

/** A YAML block Argdown could not read: the front matter or an element's `{…}` data. */
export interface DataProblem {
  frontMatter: boolean;
  /** The document line js-yaml stopped at (within the block). */
  line: number;
  message: string;
}

// What Argdown's DataPlugin cuts off a block before it hands the rest to js-yaml.
const FRONT_MATTER_START = /^\s*={3,}/;
const BLOCK_DATA_START = /^{[ \t]*(?:\n\r|\n)/;

const isYamlError = (error: unknown): error is Error & { reason?: string; mark?: { line?: number } } =>
  error instanceof Error && error.name === 'YAMLException';

/** The document line of a js-yaml error: its line within the block, counted from the block's first line. */
function documentLine(token: ITokenNode, frontMatter: boolean, error: { mark?: { line?: number } }): number {
  const cut = (frontMatter ? FRONT_MATTER_START : BLOCK_DATA_START).exec(token.image)?.[0] ?? '';
  const line = token.startLine! + cut.split('\n').length - 1 + (error.mark?.line ?? 0);
  // js-yaml may point just past the block (an unclosed quote ends at the end of the stream).
  return Math.min(Math.max(line, token.startLine!), token.endLine ?? line);
}

/**
 * Argdown's data plugin, except that a YAML block it cannot read costs that block only. Argdown's
 * own plugin lets js-yaml's error out of the tree walk, which ends the model there (the rest of
 * the document silently missing) and is not among the response's exceptions. Here the block is
 * left without data and the problem noted, with its line, for the import's report.
 */
export function tolerantDataPlugin(problems: DataProblem[]): DataPlugin {
  const plugin = new DataPlugin();
  for (const [event, frontMatter] of [
    ['Data', false],
    ['FrontMatter', true],
  ] as const) {
    const read = plugin.tokenListeners[event];
    plugin.tokenListeners[event] = (request, response, token, ...rest) => {
      try {
        read(request, response, token, ...rest);
      } catch (error) {
        if (!isYamlError(error)) throw error;
        const message = (error.reason ?? error.message).replace(/\s+/g, ' ').trim();
        problems.push({ frontMatter, line: documentLine(token, frontMatter, error), message });
      }
    };
  }
  return plugin;
}
