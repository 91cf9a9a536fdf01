/**
 * Lines only Argdown writes: a statement or argument defined or referred to by its title
 * (`[Title]: …`, `<Title>`), a relation to one (`+ <Title>`, `-> [Title]`, `_> <Title>`), the
 * premise–conclusion separator (`----`, `-- rule --`) or YAML front matter (`===`). A plain outline
 * ("- Objection: …", "1. Reason") has none of them, so it still pastes as lines.
 */
const ARGDOWN_LINE = [
  /^\s*\[[^\]\n]+\]/,
  /^\s*<[^>\n]+>/,
  /^\s*(?:<?[+\-_]>?|><)\s*[[<]/,
  /^\s*-{2,}.*-{2,}\s*$|^\s*-{4,}\s*$/,
  /^===\s*$/,
];

/** Whether pasted text is Argdown (to be parsed as such) rather than plain lines of text. */
export function looksLikeArgdown(text: string): boolean {
  return text.split(/\r\n?|\n/).some((line) => ARGDOWN_LINE.some((pattern) => pattern.test(line)));
}
