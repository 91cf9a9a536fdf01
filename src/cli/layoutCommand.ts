import { FORMATS, READ_FORMATS } from '../shared/formats/formatRegistry';
import { autoLayout } from '../shared/layout/autoLayout';
import type { ArgumentMap } from '../shared/model/argumentMap';
import { convertCommand, type ConvertIo } from './convertCommand';
import type { CommandOutcome } from './outcome';

const NAMES = READ_FORMATS.join(', ');

export const LAYOUT_USAGE = `Usage: argmap layout IN OUT [--from FORMAT] [--to FORMAT]

Lays the map in IN out as Ctrl+L does in the app (the thesis on top, each node's premises in one
row beneath it in their order, recommendations below what they follow from) and writes it to OUT.
IN and OUT may be any of ${READ_FORMATS.map((format) => FORMATS[format].name).join(', ')}, by extension;
OUT may be IN's own format (an .argmap laid out anew). What OUT's format cannot carry is listed
on stderr, as for "argmap convert".

Options:
  --from FORMAT   what IN holds: ${NAMES}
  --to FORMAT     what to write: ${NAMES} (needed when OUT is "-", stdout)
  -h, --help      show this help

Exit codes (as "argmap convert"): 0 written, 1 IN could not be read or laid out or OUT not
written (nothing is written then), 2 a usage mistake.`;

/** Every node at the place the automatic layout gives it; nothing else changes. */
function laidOut(map: ArgumentMap): ArgumentMap {
  const positions = autoLayout(map);
  const nodes = { ...map.nodes };
  for (const [id, position] of positions) nodes[id] = { ...nodes[id], position };
  return { ...map, nodes };
}

/** `argmap layout IN OUT`: convert's reading and writing, with the automatic layout between. Never throws. */
export function layoutCommand(argv: readonly string[], io?: ConvertIo): Promise<CommandOutcome> {
  return convertCommand(argv, io, { command: 'layout', usage: LAYOUT_USAGE, apply: laidOut });
}
