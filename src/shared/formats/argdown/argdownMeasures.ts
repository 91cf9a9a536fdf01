/** What argdownLimits.ts checks, measured in one pass; `line`s are 1-based, for the messages. */
export interface ArgdownMeasures {
  /** Lines with something on them. */
  lines: number;
  /** Runs of such lines between blank lines: Argdown's top-level elements are at most as many. */
  paragraphs: number;
  longestLine: { length: number; line: number };
  /** Deepest indentation of relations and lists, as Argdown's lexer stacks it. */
  depth: { levels: number; line: number };
  /** The most lines one statement runs over, and where it starts. */
  longestStatement: { lines: number; line: number };
  mostTags: { tags: number; line: number };
  /** Characters Argdown reads as syntax, outside comments and front matter. */
  marks: number;
  /** `{`, `/*`, `<!--` and `===` left open: how far Argdown searches for their ends in all. */
  openBlocks: { opened: number; line: number; search: number };
  /** `[` and `<`: how far Argdown searches for their ends on their lines, in all; the line costing most. */
  brackets: { line: number; search: number };
  /** False when the scan stopped early, a limit being past: the counts are then lower bounds. */
  complete: boolean;
}

// The characters Argdown's free-text token stops at (its pattern, less line breaks).
const MARKS = new Uint8Array(128);
for (const char of '\\@#*_[],.:</>(){};-') MARKS[char.charCodeAt(0)] = 1;
// Relations and list items, whose indentation Argdown's lexer stacks (not `--`, an inference line).
const INDENTED = /(?!--)(?:\+>|->|<?\+|<?-|><|_>|<_|_(?=\s)|(\d+\.|\*)(?=\s))/y;
/** Searches longer than this count as left open, for the message. */
const LONG_SEARCH = 10_000;
const [TAB, LF, CR, SPACE, HASH, STAR, DASH, SLASH, LT, EQUALS, BRACKET, BRACE, CLOSE_BRACE] = [
  9, 10, 13, 32, 35, 42, 45, 47, 60, 61, 91, 123, 125,
];
/** Starts a new element (a relation, a title, a heading, a list item), not more of a statement. */
const startsElement = (code: number): boolean =>
  '[<+->_#(*'.includes(String.fromCharCode(code)) || (code >= 48 && code <= 57);

/** Openers of one kind not yet closed, and the search each costs once its end is found. */
class Pending {
  private readonly at: number[] = [];
  private readonly lines: number[] = [];
  constructor(private readonly blocks: ArgdownMeasures['openBlocks']) {}
  open(position: number, line: number): void {
    this.at.push(position);
    this.lines.push(line);
  }
  close(position: number): void {
    this.at.forEach((start, k) => {
      this.blocks.search += position - start;
      if (position - start <= LONG_SEARCH) return;
      if (this.blocks.opened === 0 || this.lines[k] < this.blocks.line) this.blocks.line = this.lines[k];
      this.blocks.opened += 1;
    });
    this.at.length = this.lines.length = 0;
  }
}

/**
 * Measures an Argdown document for argdownLimits.ts: one pass over its characters, no parsing,
 * stopping after the first line at which `past` says a limit is exceeded. Approximations err
 * towards more (a `{` in a comment still counts as opened), never fewer.
 */
export function measureArgdown(text: string, past: (m: ArgdownMeasures) => boolean): ArgdownMeasures {
  const m: ArgdownMeasures = {
    lines: 0,
    paragraphs: 0,
    longestLine: { length: 0, line: 0 },
    depth: { levels: 0, line: 0 },
    longestStatement: { lines: 0, line: 0 },
    mostTags: { tags: 0, line: 0 },
    marks: 0,
    openBlocks: { opened: 0, line: 0, search: 0 },
    brackets: { line: 0, search: 0 },
    complete: true,
  };
  const blocks = m.openBlocks;
  const [data, stars, html, equals] = [
    new Pending(blocks),
    new Pending(blocks),
    new Pending(blocks),
    new Pending(blocks),
  ];
  let equalsOpen = false;
  let comment: '*/' | '-->' | null = null;
  let [frontMatter, seenContent] = [false, false];
  let [run, runLine, runTags, bracketsWorst] = [0, 0, 0, 0];
  const indents = [0];

  // Line by line, blank stretches skipped in one search: a document of 40 million empty lines is
  // measured in a moment (only the line breaks are counted, for the line numbers).
  const nonBlank = /[^ \t\r\n]/g;
  let paragraphStart = true;
  for (let at = 0, line = 1; ; line++) {
    nonBlank.lastIndex = at;
    const hit = nonBlank.exec(text);
    if (!hit) break;
    const first = hit.index;
    let start = at;
    for (
      let newline = text.indexOf('\n', at);
      newline !== -1 && newline < first;
      newline = text.indexOf('\n', newline + 1)
    ) {
      [line, start] = [line + 1, newline + 1];
      // A blank line ends a paragraph, a statement and the indentation.
      [run, indents.length, paragraphStart] = [0, 1, true];
    }
    if (paragraphStart) [m.paragraphs, paragraphStart] = [m.paragraphs + 1, false];
    const found = text.indexOf('\n', first);
    const end = found === -1 ? text.length : found;
    at = end + 1;
    if (end - start > m.longestLine.length) m.longestLine = { length: end - start, line };
    if (past(m)) return { ...m, complete: false };
    m.lines += 1;
    // Front matter and comments are read whole by the lexer: no statements, marks or indentation.
    const fence = text.startsWith('===', first);
    if (fence && !seenContent) frontMatter = true;
    else if (frontMatter && text.slice(first, end).includes('===')) frontMatter = false;
    seenContent = true;
    const closes = comment !== null && text.slice(first, end).includes(comment);
    let counted: boolean = !frontMatter && !fence && comment === null;
    if (closes) comment = null;
    // Searched within the line only: indexOf on the text would run on to its end from every line.
    const lineComment: number = counted ? text.slice(first, end).indexOf('//') : -1;
    const stop: number = lineComment === -1 ? end : first + lineComment;
    if (stop === first) counted = false; // a comment line
    let [marks, tags, brackets] = [0, 0, 0];
    // Every character for the blocks it opens or closes; those before any comment for their marks too.
    for (let i: number = first; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === BRACE) data.open(i, line);
      else if (code === CLOSE_BRACE) {
        const next = text.charCodeAt(i + 1);
        const after = text.charCodeAt(i + 2);
        const space = next === SPACE || next === TAB || next === LF || next === CR;
        if (space && i + 2 < text.length && after !== 44 && after !== CLOSE_BRACE) data.close(i);
      } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
        stars.open(i, line);
        if (counted && i < stop && !text.slice(i, end).includes('*/')) [comment, counted] = ['*/', i > first];
      } else if (code === STAR && text.charCodeAt(i + 1) === SLASH) stars.close(i);
      else if (code === LT && text.startsWith('<!--', i)) {
        html.open(i, line);
        if (counted && i < stop && !text.slice(i, end).includes('-->')) [comment, counted] = ['-->', i > first];
      } else if (code === DASH && text.startsWith('-->', i)) html.close(i);
      else if (code === EQUALS && text.startsWith('===', i) && text.charCodeAt(i - 1) !== EQUALS) {
        if (equalsOpen) equals.close(i);
        else equals.open(i, line);
        equalsOpen = !equalsOpen;
      }
      if (!counted || i >= stop || code >= 128 || !MARKS[code] || comment !== null) continue;
      marks += 1;
      if (code === HASH) tags += 1;
      // A `[` or `<` is searched for its end up to the end of its line.
      else if (code === BRACKET || code === LT) brackets += stop - i;
    }
    if (!counted && marks === 0) continue;
    m.marks += marks;
    m.brackets.search += brackets;
    if (brackets > bracketsWorst) [bracketsWorst, m.brackets.line] = [brackets, line];
    if (startsElement(text.charCodeAt(first)) || run === 0) [run, runLine, runTags] = [1, line, tags];
    else [run, runTags] = [run + 1, runTags + tags];
    if (run > m.longestStatement.lines) m.longestStatement = { lines: run, line: runLine };
    if (runTags > m.mostTags.tags) m.mostTags = { tags: runTags, line: runLine };
    INDENTED.lastIndex = first;
    const indented = INDENTED.exec(text);
    if (indented) {
      // As the lexer does: a list item's indentation counts one more; deeper pushes, shallower pops.
      const width = first - start + (indented[1] ? 1 : 0);
      while (indents.length > 1 && width < indents[indents.length - 1]) indents.pop();
      if (width > indents[indents.length - 1]) indents.push(width);
      if (indents.length - 1 > m.depth.levels) m.depth = { levels: indents.length - 1, line };
    }
    if (past(m)) return { ...m, complete: false };
  }
  for (const pending of [data, stars, html, equals]) pending.close(text.length);
  return m;
}
