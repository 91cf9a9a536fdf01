import { LIMITS } from '../../schema/argumentMapSchema';
import type { NodeKind } from '../../model/kinds';
import type { SourcePassage } from '../../model/argumentMap';
import { plural, type ReportBuilder } from '../interop';
import { KIND_KEY, kindFromData } from './nodeKinds';
import { trailingTag } from './trailingTag';

/** Data keys the export writes and the import reads back (besides `kind`). */
export const NOTES_KEY = 'notes';
export const QUOTE_KEY = 'quote';
/** Marks an argument written only to carry linked premises: the import makes no node of it. */
export const INFERENCE_ONLY_KEY = 'inferenceOnly';
/** Inference data naming the numbered statements an inference uses: `-- {uses: [1, 3]} --`. */
export const USES_KEY = 'uses';

// Argdown names what has no title "Untitled 1", "Untitled 2"…: a name of its making, not the author's.
const GENERATED_TITLE = /^Untitled \d+$/;

/** What a statement's or an argument's data says that Argmap keeps. */
export interface DataFields {
  kind?: NodeKind;
  notes?: string;
  source?: SourcePassage;
}

/**
 * The text, shortened to the schema's limit with the report saying so ("1 text longer than 20,000
 * characters shortened"); `what` names the field, in the singular.
 */
export function shortened(text: string, limit: number, report: ReportBuilder, what: string): string {
  if (text.length <= limit) return text;
  report.approximated(
    `long-${what}`,
    (n) => `${plural(n, what)} longer than ${limit.toLocaleString('en-US')} characters shortened`,
  );
  const cut = text.slice(0, limit);
  // Not half a character: an emoji cut in two would leave a lone surrogate.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The author's title, or undefined for one Argdown made up ("Untitled 3"). */
export function importTitle(title: string | undefined, report: ReportBuilder): string | undefined {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!clean || GENERATED_TITLE.test(clean)) return undefined;
  return shortened(clean, LIMITS.titleLength, report, 'title');
}

/**
 * The text without the tags Argdown leaves at its end (`… #pro`): they become the node's tags.
 * A tag inside a sentence ("a #tag and a link") stays where the author put it.
 */
export function textWithoutTrailingTags(
  text: string | undefined,
  tags: readonly string[],
  report: ReportBuilder,
): string {
  let clean = (text ?? '').trim();
  const known = new Set(tags);
  for (let found = trailingTag(clean); found && known.has(found.tag); found = trailingTag(clean)) {
    clean = clean.slice(0, found.start).trimEnd();
  }
  return shortened(clean, LIMITS.textLength, report, 'text');
}

/** Tags within the schema's limits: each at most 100 characters, at most 50 a node. */
export function importTags(tags: readonly string[], report: ReportBuilder): string[] {
  const clean = [...new Set(tags.map((tag) => shortened(tag.trim(), LIMITS.tagLength, report, 'tag')))].filter(
    (tag) => tag.length > 0,
  );
  if (clean.length > LIMITS.tags) {
    report.dropped('tags-over-limit', (n) => `${plural(n, 'tag')} over ${LIMITS.tags} on one node not kept`);
  }
  return clean.slice(0, LIMITS.tags);
}

/** Names of what an import met in data and could not use: a few of them go into the report. */
export interface UnknownData {
  keys: Set<string>;
  kinds: Set<string>;
}

/** "color and size", "color, size and shape": the first few names met, as a sentence lists them. */
function someNames(seen: Set<string>): string {
  const names = [...seen].slice(0, 3);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** ", such as a and b," for several things counted, "(a)" for one: the names a report line gives. */
function suchAs(count: number, seen: Set<string>): string {
  return count === 1 ? ` (${someNames(seen)})` : `, such as ${someNames(seen)},`;
}

/** Reads `kind`, `notes` and `quote` from an element's data; anything else is reported as dropped. */
export function importData(data: unknown, report: ReportBuilder, unknown: UnknownData): DataFields {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const fields: DataFields = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === KIND_KEY && kindFromData(value)) fields.kind = kindFromData(value);
    else if (key === KIND_KEY) {
      unknown.kinds.add(typeof value === 'object' ? JSON.stringify(value) : String(value));
      report.dropped(
        'unknown-kind',
        (n) =>
          `${plural(n, 'kind')} named in Argdown’s data blocks${suchAs(n, unknown.kinds)} ${n === 1 ? 'is not a kind' : 'are not kinds'} ` +
          `Argmap has; the kind was taken from the argument’s structure instead`,
      );
    } else if (key === NOTES_KEY && typeof value === 'string') {
      fields.notes = shortened(value, LIMITS.textLength, report, 'note');
    } else if (key === QUOTE_KEY && typeof value === 'string' && value.length > 0) {
      fields.source = { quote: shortened(value, LIMITS.textLength, report, 'quote') };
    } else if (key !== INFERENCE_ONLY_KEY) {
      unknown.keys.add(key);
      report.dropped(
        'unknown-data',
        (n) =>
          `${plural(n, 'value')} from Argdown’s data blocks${suchAs(n, unknown.keys)} ${n === 1 ? 'was' : 'were'} not kept`,
      );
    }
  }
  return fields;
}
