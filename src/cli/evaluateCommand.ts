import { parseArgs } from 'node:util';
import { readMapFile } from '../main/services/mapFiles';
import { evaluationReport, SEMANTICS, type Semantics } from '../shared/evaluation/evaluateMap';
import { NODE_STATUS_LABELS } from '../shared/evaluation/statuses';
import type { NodeId } from '../shared/model/ids';
import { NODE_KIND_LABELS } from '../shared/model/kinds';
import { EXIT_USAGE, failure, type CommandOutcome } from './outcome';
import type { MapReader } from './validate';

export const EVALUATE_USAGE = `Usage: argmap evaluate FILE [--json] [--semantics grounded|preferred]

Prints whether each node of the map stands, falls or is open, and why.

Options:
  --json                 print {"nodes": {id: {"status", "explanation"}}, "relations": {id: status}}
  --semantics grounded   the grounded labelling (the default): what the map settles
  --semantics preferred  the preferred view: a node stands if it stands in every preferred
                         labelling, falls if it falls in every one, else is open; "credulous": true
                         where it stands in at least one (up to 30 open nodes)
  -h, --help             show this help`;

const OPTIONS = {
  json: { type: 'boolean' },
  semantics: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = (problem: string): CommandOutcome => ({
  stdout: [],
  stderr: [`argmap evaluate: ${problem}`, '', EVALUATE_USAGE],
  exitCode: EXIT_USAGE,
});

/** `argmap evaluate FILE [--json] [--semantics grounded|preferred]`. Never throws on bad input. */
export async function evaluateCommand(args: readonly string[], read: MapReader = readMapFile): Promise<CommandOutcome> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { stdout: [EVALUATE_USAGE], stderr: [], exitCode: 0 };
  if (positionals.length !== 1) return usage(positionals.length === 0 ? 'no FILE given.' : 'give one FILE.');
  const semantics = (values.semantics ?? 'grounded') as Semantics;
  if (!SEMANTICS.includes(semantics)) {
    return usage(`unknown semantics "${values.semantics}": use grounded or preferred.`);
  }
  const path = positionals[0];
  const loaded = await read(path);
  if (!loaded.ok) return failure(`${path}: ${loaded.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  const map = loaded.map;
  const result = evaluationReport(map, semantics);
  if (!result.ok) return failure(`${path}: ${result.message}`);
  const { nodes, relations } = result.report;
  if (values.json) return { stdout: [JSON.stringify({ nodes, relations }, null, 2)], stderr: [], exitCode: 0 };

  const stdout: string[] = [];
  const counts = { stands: 0, falls: 0, open: 0 };
  for (const id of Object.keys(nodes) as NodeId[]) {
    const { status, explanation, credulous } = nodes[id];
    counts[status]++;
    const node = map.nodes[id];
    const words = (node.title ?? node.text).replace(/\s+/g, ' ').trim();
    const label = `${NODE_STATUS_LABELS[status]}${credulous ? ' (credulously)' : ''}`;
    stdout.push(`${label.padEnd(6)}  ${NODE_KIND_LABELS[node.kind]}: ${words} [${id}]`, `        ${explanation}`);
  }
  const total = Object.keys(nodes).length;
  stdout.push(
    '',
    `${total} node${total === 1 ? '' : 's'} (${semantics}): stands ${counts.stands}, falls ${counts.falls}, open ${counts.open}.`,
  );
  return { stdout, stderr: [], exitCode: 0 };
}
