import type { MapMetadata } from '../../model/argumentMap';
import { quoted } from './argdownSyntax';

/**
 * The YAML front matter: the map's title, author, date, description (as Argdown's `abstract`)
 * and source, and `model: {mode: strict}` when the relations between statements need it.
 * Empty when there is nothing to say.
 */
export function frontMatterLines(meta: MapMetadata, strict: boolean): string[] {
  const lines: string[] = [];
  const field = (key: string, value: string | undefined, indent = ''): void => {
    if (value) lines.push(`${indent}${key}: ${quoted(value)}`);
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
  }
  if (strict) lines.push('model:', '  mode: strict');
  return lines.length > 0 ? [['===', ...lines, '==='].join('\n')] : [];
}
