import type { MapMetadata } from '../../model/argumentMap';
import { plural, type ReportBuilder } from '../interop';
import { quoted } from './argdownSyntax';

/**
 * The YAML front matter: the map's title, author, date, description (as Argdown's `abstract`)
 * and source, and `model: {mode: strict}` when the relations between statements need it.
 * Empty when there is nothing to say. YAML carries every character, but Argdown readers (ours
 * included) trim these fields and keep a source only with a title: that is reported.
 */
export function frontMatterLines(meta: MapMetadata, strict: boolean, report: ReportBuilder): string[] {
  const lines: string[] = [];
  const field = (key: string, value: string | undefined, indent = ''): void => {
    if (!value) return;
    lines.push(`${indent}${key}: ${quoted(value)}`);
    if (value.trim() === value) return;
    report.approximated(
      'meta-trimmed',
      (n) =>
        `${plural(n, 'detail')} of the map (title, author, description, source) written with spaces at the ends, which Argdown readers trim`,
    );
  };
  field('title', meta.title);
  field('author', meta.author);
  field('date', meta.date);
  field('abstract', meta.description);
  if (meta.source) {
    lines.push('source:');
    field('title', meta.source.title, '  ');
    field('author', meta.source.author, '  ');
    field('date', meta.source.date, '  ');
    field('reference', meta.source.reference, '  ');
    if (!meta.source.title.trim()) {
      report.dropped(
        'source-untitled',
        () => 'The source, whose title is only spaces: Argdown readers keep a source only with a title',
      );
    }
  }
  if (strict) lines.push('model:', '  mode: strict');
  return lines.length > 0 ? [['===', ...lines, '==='].join('\n')] : [];
}
