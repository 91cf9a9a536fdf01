import { outlineStatuses } from './outlineStatuses';
import type { ArgumentMap } from '../model/argumentMap';
import { plural, ReportBuilder, type ExportOutcome } from './interop';
import {
  escapeMarkdownLine,
  hasLineBreak,
  hasLoneSurrogate,
  markdownLines,
  reportLoneSurrogates,
} from './markdownText';
import { outlineEntries, placedEntry } from './outline';
import { relationMark } from './relationMarks';

/** What a Markdown file cannot show as it is: NUL (renderers show U+FFFD) and half a surrogate pair (not Unicode). */
function reportUnshowable(texts: (string | undefined)[], report: ReportBuilder): void {
  for (const text of texts) {
    if (!text) continue;
    if (hasLoneSurrogate(text)) reportLoneSurrogates(report);
    if (text.includes('\u0000')) {
      report.approximated(
        'nul',
        (n) => `${plural(n, 'text')} with a NUL character, which Markdown renderers show as U+FFFD`,
      );
    }
  }
}

/**
 * The map as a Markdown document for speaker notes and handouts: the title as a heading, the
 * description beneath, then the outline as a nested list with each node's kind in bold. A note
 * follows its node's text on a line of its own, a quoted source as a block quote. Texts show as
 * they are: Markdown in them is escaped, and their line breaks are kept as hard breaks. A linked
 * premise and an undercut are marked as such after the kind (relationMarks.ts).
 */
export function markdownOutlineExport(map: ArgumentMap, options: { statuses?: boolean } = {}): ExportOutcome {
  const report = new ReportBuilder();
  const statusOf = outlineStatuses(map, options.statuses);
  const { title, author, date, description } = map.meta;
  // A heading on one line is the common `#` one; one of several lines needs the underlined form.
  const lines = hasLineBreak(title)
    ? [markdownLines(title, '', true), '===', '']
    : [`# ${escapeMarkdownLine(title.trim(), false)}`, ''];
  const byline = [author, date].filter(Boolean).join(', ');
  if (byline.trim()) lines.push(`_${markdownLines(byline, '')}_`, '');
  if (description?.trim()) lines.push(markdownLines(description, '', true), '');
  reportUnshowable([title, author, date, description], report);
  for (const entry of outlineEntries(map)) {
    const { node } = entry;
    const { indent, label } = placedEntry(entry);
    const inside = `${indent}  `;
    const text = node.text.trim() ? markdownLines(node.text, inside) : '_(empty)_';
    // The note goes on in the item's paragraph after a hard break; after the quote instead, it
    // would be read as a lazy continuation of the quote's last line.
    const note = node.notes?.trim() ? `\\\n${inside}_Note:_ ${markdownLines(node.notes, inside)}` : '';
    // With the evaluation asked for, its status follows the kind: "Reason (stands)".
    const status = statusOf(node.id);
    const shown = status ? `${label} (${status})` : label;
    // A linked premise or an undercut says so: its kind alone would read as a plain reason or objection.
    const mark = relationMark(map, entry);
    const marked = mark ? `**${shown}** _(${escapeMarkdownLine(mark, false)})_:` : `**${shown}:**`;
    lines.push(`${indent}- ${marked} ${text}${note}`);
    if (node.source?.quote.trim()) lines.push(`${inside}> ${markdownLines(node.source.quote, `${inside}> `, true)}`);
    reportUnshowable([node.text, node.source?.quote, node.notes], report);
  }
  return { text: `${lines.join('\n')}\n`, report: report.lines() };
}

/** {@link markdownOutlineExport}'s text alone. */
export const markdownOutline = (map: ArgumentMap): string => markdownOutlineExport(map).text;
