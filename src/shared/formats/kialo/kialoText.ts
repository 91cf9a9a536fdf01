/**
 * Kialo writes a claim's text as Markdown: links as `[words](https://…)` (its sources too, as
 * `[\[1\]](https://…)`), and a backslash before a character Markdown would otherwise read.
 */

// A link's label may hold escaped brackets ("\[1\]"); its address runs to the closing parenthesis.
const MARKDOWN_LINK = /\[((?:\\.|[^\]\\])*)\]\(\s*([^)\s]+)\s*\)/g;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
/** What Kialo's text escapes when a claim is written back. */
const NEEDS_ESCAPE = /([\\`*_[\]()])/g;

/** A claim's text as a statement shows it (links by their words, escapes undone), and the links' addresses. */
export function plainKialoText(markdown: string): { text: string; links: string[] } {
  const links: string[] = [];
  const text = markdown.replace(MARKDOWN_LINK, (_whole, label: string, url: string) => {
    links.push(url);
    return label;
  });
  return { text: text.replace(ESCAPED, '$1'), links };
}

/**
 * A statement's text as Kialo's Markdown: Markdown's characters escaped, a line break kept as a
 * line of its own (Kialo's export runs a claim over lines so), where a line that would read as a
 * claim's number or a link is escaped.
 */
export function kialoMarkdown(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trim()
        .replace(NEEDS_ESCAPE, '\\$1')
        .replace(/^->/, '\\->')
        .replace(/^(\d+)\./, '$1\\.'),
    )
    .join('\n');
}
