/**
 * Lines only Argdown writes: a statement or argument defined by its title (`[Title]: …`,
 * `<Title>: …`), a relation to a titled one on an indented line (`  + <Title>`, `  -> [Title]: …`,
 * `  _> <Title>`, `  >< [Title]`), or a numbered premise–conclusion structure with its `----`
 * line. A plain outline ("- Objection: …"), a Markdown task list (`- [x] done`), a reference list
 * (`[1] Smith 2020`) or HTML (`<div>`) has none of them, so it still pastes as lines.
 */
const DEFINITION = /^\s*(\[[^\]\n]+\]|<[^>\n]+>):/;
const RELATION = /^\s+(?:<?[+\-_]>?|><)\s*(\[[^\]\n]+\]|<[^>\n]+>)\s*(:|$)/;
const NUMBERED_PREMISE = /^\s*\(\d+\)\s/;
const INFERENCE_LINE = /^\s*-{4,}\s*$|^\s*--.*--\s*$/;

/** Whether pasted text is Argdown (to be parsed as such) rather than plain lines of text. */
export function looksLikeArgdown(text: string): boolean {
  const lines = text.split(/\r\n?|\n/);
  if (lines.some((line) => DEFINITION.test(line) || RELATION.test(line))) return true;
  return lines.some((line) => NUMBERED_PREMISE.test(line)) && lines.some((line) => INFERENCE_LINE.test(line));
}
