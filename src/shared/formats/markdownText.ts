import { plural, type ReportBuilder } from './interop';

/*
 * Plain text written as Markdown that a renderer shows as the text itself: CommonMark, with
 * GitHub's tables, strikethrough and math, which a handout is most likely to be read in.
 */

// Syntax anywhere in a line: escapes, code, emphasis, links, HTML and autolinks, headings, table
// cells, strikethrough, math. Each is ASCII punctuation, which a backslash makes plain.
const ANYWHERE = /[\\`*_[\]<>#|~$]/g;
// `&` starts an entity only when a name and `;` follow (`&amp;`); a numeric one (`&#60;`) is
// already broken by the escaped `#`.
const ENTITY = /&(?=[A-Za-z0-9]+;)/g;
// What a line may open with: a bullet, a setext underline or thematic break (`-`, `=`), or an
// ordered-list number (`1.` or `1)`, whose mark is escaped).
const BULLET = /^[-+=]/;
const NUMBERED = /^(\d{1,9})([.)])/;
const LINE_BREAK = /\r\n|\r|\n/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One line of text as Markdown inline content; `atLineStart` when nothing precedes it on its line. */
export function escapeMarkdownLine(line: string, atLineStart: boolean): string {
  const escaped = line.replace(ANYWHERE, '\\$&').replace(ENTITY, '\\&');
  if (!atLineStart) return escaped;
  const trimmed = escaped.trimStart();
  if (BULLET.test(trimmed)) return `\\${trimmed}`;
  return trimmed.replace(NUMBERED, '$1\\$2');
}

/**
 * A text as Markdown lines: its own line breaks become hard breaks (a backslash at the end of a
 * line), so they show as they are. Continuation lines start with `continuation` (the indentation
 * that keeps them in their list item, or `> ` in a quote). Whitespace at either end is dropped,
 * as a renderer would; `firstAtLineStart` is false where a label precedes the first line.
 */
export function markdownLines(text: string, continuation: string, firstAtLineStart = false): string {
  return text
    .trim()
    .split(LINE_BREAK)
    .map((line, i) => (i === 0 ? '' : continuation) + escapeMarkdownLine(line.trim(), i > 0 || firstAtLineStart))
    .join('\\\n');
}

/** Whether a text has a line break Markdown would read as one. */
export const hasLineBreak = (text: string): boolean => LINE_BREAK.test(text.trim());

/** Whether a text has half a surrogate pair: not Unicode, so UTF-8 (every text export's encoding) writes U+FFFD instead. */
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** Reports a text that {@link hasLoneSurrogate}, once per text. */
export function reportLoneSurrogates(report: ReportBuilder): void {
  report.approximated(
    'lone-surrogate',
    (n) =>
      `${plural(n, 'text')} with half a surrogate pair (not valid Unicode) written with U+FFFD in its place, as UTF-8 cannot hold it`,
  );
}
