import type { MapMetadata, SourceReference } from '../../model/argumentMap';
import { LIMITS } from '../../schema/argumentMapSchema';
import type { ReportBuilder } from '../interop';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * A front-matter date as yyyy-mm-dd. YAML reads `2018-10-22` as a date already; "22/10/2018" or
 * "10/22/2018" is read when only one of day-month and month-day is a real date.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!local) return undefined;
  const [first, second, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
  const dayFirst = isoDate(year, second, first);
  const monthFirst = isoDate(year, first, second);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) return undefined;
  return dayFirst ?? monthFirst;
}

const text = (value: unknown): string | undefined => {
  if (Array.isArray(value)) return text(value.map(text).filter(Boolean).join(', '));
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return value.trim().slice(0, LIMITS.textLength);
};

function readSource(value: unknown): SourceReference | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const fields = value as Record<string, unknown>;
  const title = text(fields.title);
  if (!title) return undefined;
  const author = text(fields.author);
  const date = readDate(fields.date);
  const reference = text(fields.reference);
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
  const title = text(fields.title) ?? fallbackTitle?.trim().slice(0, LIMITS.textLength) ?? 'Untitled';
  const author = text(fields.author);
  const date = readDate(fields.date);
  if (fields.date !== undefined && fields.date !== null && !date) {
    const written = fields.date instanceof Date ? 'given' : `"${String(fields.date)}"`;
    report.dropped('date', () => `The date ${written} is not one Argmap can read as year, month and day; not kept`);
  }
  const description = [text(fields.subTitle), text(fields.abstract)].filter(Boolean).join('\n\n');
  const source = readSource(fields.source);
  return {
    title,
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
    ...(description ? { description: description.slice(0, LIMITS.textLength) } : {}),
    ...(source ? { source } : {}),
  };
}
