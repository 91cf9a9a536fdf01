import type { ConversionReport, ImportOutcome, ReportLine } from '../../../shared/formats/interop';
import { checkArgumentMap } from '../../../shared/schema/argumentMapSchema';

/** Longer messages are cut: a report line or a refusal is read by a person, in a dialog. */
const MESSAGE_LIMIT = 2_000;
/** Report lines are grouped by kind, so an honest report has a few dozen at most. */
const REPORT_LIMIT = 500;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMessage = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const cut = (message: string): string =>
  message.length <= MESSAGE_LIMIT ? message : `${message.slice(0, MESSAGE_LIMIT - 1)}…`;

function reportOf(value: unknown): ConversionReport | undefined {
  if (!Array.isArray(value) || value.length > REPORT_LIMIT) return undefined;
  const lines: ReportLine[] = [];
  for (const line of value) {
    if (!isRecord(line) || !isMessage(line.message)) return undefined;
    if (line.severity !== 'approximated' && line.severity !== 'dropped') return undefined;
    lines.push({ severity: line.severity, message: cut(line.message) });
  }
  return lines;
}

/** The outcome main may use, and whether the worker's answer was sound (an unsound one retires the worker). */
export interface CheckedOutcome {
  outcome: ImportOutcome;
  sound: boolean;
}

/**
 * What the import worker answered, checked again in main as if it came from outside (it was made
 * from untrusted text, by code that text may have misled): a map that passes the map schema, and
 * a report of plain lines, both copied into objects of main's own. Anything else is refused, and
 * marked unsound. A document the importer itself refused is a sound answer.
 */
export function checkImportedOutcome(value: unknown): CheckedOutcome {
  if (!isRecord(value)) return unsound('it returned no outcome');
  if (value.ok === false) {
    if (!isMessage(value.message)) return unsound('it gave no reason');
    return { outcome: { ok: false, message: cut(value.message) }, sound: true };
  }
  if (value.ok !== true) return unsound('it returned no outcome');
  const report = reportOf(value.report);
  if (!report) return unsound('its report is not a list of lines');
  const checked = checkArgumentMap(value.map);
  if (!checked.ok) return unsound(`the map is not valid at ${checked.path}: ${checked.message}`);
  return { outcome: { ok: true, map: checked.map, report }, sound: true };
}

const unsound = (why: string): CheckedOutcome => ({
  outcome: { ok: false, message: `Argmap’s reader gave an answer it cannot use (${cut(why)}); nothing was imported.` },
  sound: false,
});
