import type { MapMetadata, SourceReference } from '../../model/argumentMap';
import { LIMITS } from '../../schema/argumentMapSchema';
import type { ReportBuilder } from '../interop';
import { shortened } from './importFields';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** What a front-matter date says: a date, two it could be, or nothing Argmap can read. */
export type DateReading = { date: string } | { either: [dayFirst: string, monthFirst: string] } | undefined;

/**
 * A front-matter date as yyyy-mm-dd. YAML reads `2018-10-22` as a date already; "22/10/2018" or
 * "10/22/2018" is read when only one of day-month and month-day is a real date, and "05/06/2018"
 * gives both.
 */
export function readDate(value: unknown): DateReading {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: value.toISOString().slice(0, 10) };
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date } : undefined;
  }
  const local = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!local) return undefined;
  const [first, second, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
  const dayFirst = isoDate(year, second, first);
  const monthFirst = isoDate(year, first, second);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) return { either: [dayFirst, monthFirst] };
  const date = dayFirst ?? monthFirst;
  return date ? { date } : undefined;
}

/** "5 June" for 2018-06-05. */
const dayAndMonth = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/** A date field as yyyy-mm-dd, or undefined with the report saying why it was not kept. */
function dateField(value: unknown, what: string, report: ReportBuilder): string | undefined {
  if (value === undefined || value === null) return undefined;
  const reading = readDate(value);
  if (reading && 'date' in reading) return reading.date;
  const written = value instanceof Date ? '' : ` "${String(value)}"`;
  const why =
    reading && 'either' in reading
      ? `is ambiguous (${dayAndMonth(reading.either[0])} or ${dayAndMonth(reading.either[1])} ${reading.either[0].slice(0, 4)}?)`
      : 'is not one Argmap can read as year, month and day';
  report.dropped(`date-${what}`, () => `The ${what}${written} ${why}; not kept`);
  return undefined;
}

/** A text field: a string, a number or a list of them ("Ann, Bob"), shortened to the limit with a report. */
function textField(value: unknown, what: string, report: ReportBuilder): string | undefined {
  const joined = Array.isArray(value) ? value.map(plainText).filter(Boolean).join(', ') : plainText(value);
  return joined ? shortened(joined, LIMITS.textLength, report, what) : undefined;
}

function plainText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return value.trim();
}

function readSource(value: unknown, report: ReportBuilder): SourceReference | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const fields = value as Record<string, unknown>;
  const title = textField(fields.title, 'source title', report);
  if (!title) return undefined;
  const author = textField(fields.author, 'source author', report);
  const date = dateField(fields.date, "source's date", report);
  const reference = textField(fields.reference, 'source reference', report);
  return { title, ...(author ? { author } : {}), ...(date ? { date } : {}), ...(reference ? { reference } : {}) };
}

/**
 * The map's title, author, date and description from the YAML front matter (`title`, `author`,
 * `date`, `subTitle`, `abstract`, as Argdown names them; `source` as Argmap's export writes it).
 */
export function importMeta(
  frontMatter: unknown,
  fallbackTitle: string | undefined,
  report: ReportBuilder,
): MapMetadata {
  const fields = (frontMatter && typeof frontMatter === 'object' ? frontMatter : {}) as Record<string, unknown>;
  const title = textField(fields.title, 'map title', report) ?? textField(fallbackTitle, 'map title', report);
  const author = textField(fields.author, 'author', report);
  const date = dateField(fields.date, 'date', report);
  const joined = [plainText(fields.subTitle), plainText(fields.abstract)].filter(Boolean).join('\n\n');
  const description = joined ? shortened(joined, LIMITS.textLength, report, 'description') : undefined;
  const source = readSource(fields.source, report);
  return {
    // No title anywhere: the caller names the map (after its file); pasted text keeps the open map's.
    title: title ?? '',
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
    ...(description ? { description } : {}),
    ...(source ? { source } : {}),
  };
}
