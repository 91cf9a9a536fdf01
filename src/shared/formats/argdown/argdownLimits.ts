import { measureArgdown, type ArgdownMeasures } from './argdownMeasures';

/**
 * What Argmap reads of an Argdown document, checked in one pass over the text before Argdown's
 * reader sees it. Each bounds work that reader would do out of proportion to the text (measured
 * on @argdown/core 2): about 10 µs per mark it tokenises, every line and every mark of a
 * statement again for each line or tag it adds, a search to the end of the line for the end of
 * each `[` or `<`, to the end of the document for each unclosed `{`, `/*`, `<!--` or `===`, and
 * recursion per level of indentation (its stack overflows past about 300 levels). A document
 * within all of them is read in seconds at most; any other is refused in a fraction of a second.
 */
export const ARGDOWN_LIMITS = {
  /** Lines with something on them: each is a statement or part of one. */
  lines: 200_000,
  /**
   * Paragraphs (lines between blank lines): the reader spreads its top-level elements into one
   * call's arguments, which overflows the stack somewhere past 120,000.
   */
  paragraphs: 50_000,
  /** Characters of one line: room for a 20,000-character text, note and quote on one line. */
  lineLength: 100_000,
  /** Characters Argdown reads as syntax: brackets, punctuation, `#`, `*`, `_` and the like. */
  marks: 500_000,
  /** Lines one statement (or heading) runs over. */
  statementLines: 200,
  /** Tags on one statement (a node keeps 50). */
  tags: 1_000,
  /** Levels of indentation of relations and lists. */
  depth: 64,
  /** Characters Argdown's reader would search through for the ends of brackets and blocks. */
  search: 300_000_000,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');

interface Check {
  past(m: ArgdownMeasures): boolean;
  /**
   * What the document has, in words. `n` is the count, or "more than" the limit where the scan
   * stopped at the first line past it.
   */
  what(m: ArgdownMeasures, n: (count: number, limit: number) => string): string;
  limit: string;
}

const L = ARGDOWN_LIMITS;
const CHECKS: Check[] = [
  {
    past: (m) => m.longestLine.length > L.lineLength,
    what: (m) => `has a line of ${count(m.longestLine.length)} characters (line ${count(m.longestLine.line)})`,
    limit: `lines of up to ${count(L.lineLength)} characters`,
  },
  {
    past: (m) => m.lines > L.lines,
    what: (m, n) => `has ${n(m.lines, L.lines)} lines`,
    limit: `up to ${count(L.lines)} lines`,
  },
  {
    past: (m) => m.paragraphs > L.paragraphs,
    what: (m, n) =>
      `has ${n(m.paragraphs, L.paragraphs)} paragraphs (statements and arguments set apart by blank lines)`,
    limit: `up to ${count(L.paragraphs)} paragraphs`,
  },
  {
    past: (m) => m.depth.levels > L.depth,
    what: (m, n) => `is indented ${n(m.depth.levels, L.depth)} levels deep (line ${count(m.depth.line)})`,
    limit: `relations and lists indented up to ${L.depth} levels deep`,
  },
  {
    past: (m) => m.longestStatement.lines > L.statementLines,
    what: (m, n) =>
      `has a statement that runs over ${n(m.longestStatement.lines, L.statementLines)} lines (from line ${count(m.longestStatement.line)})`,
    limit: `statements of up to ${L.statementLines} lines`,
  },
  {
    past: (m) => m.mostTags.tags > L.tags,
    what: (m, n) => `has ${n(m.mostTags.tags, L.tags)} tags on one statement (from line ${count(m.mostTags.line)})`,
    limit: `up to ${count(L.tags)} tags on a statement`,
  },
  {
    past: (m) => m.marks > L.marks,
    what: (m, n) => `has ${n(m.marks, L.marks)} brackets, punctuation marks and other characters of Argdown syntax`,
    limit: `up to ${count(L.marks)} of them`,
  },
  {
    past: (m) => m.brackets.search > L.search,
    what: (m, n) =>
      `has lines full of “[” and “<” (the most on line ${count(m.brackets.line)}), whose ends Argdown would search ` +
      `${n(m.brackets.search, L.search)} characters for`,
    limit: `at most ${count(L.search)} characters to search`,
  },
  {
    past: (m) => m.openBlocks.search > L.search,
    what: (m, n) =>
      `leaves ${count(m.openBlocks.opened)} “{”, “/*”, “<!--” or “===” without an end for long stretches ` +
      `(the first on line ${count(m.openBlocks.line)}), which Argdown would search ${n(m.openBlocks.search, L.search)} characters to end`,
    limit: `at most ${count(L.search)} characters to search`,
  },
];

/** Why Argmap will not read this Argdown document, naming the limit; null if it is within them all. */
export function argdownLimitProblem(text: string): string | null {
  const past = (m: ArgdownMeasures): boolean => CHECKS.some((check) => check.past(m));
  const measures = measureArgdown(text, past);
  const broken = CHECKS.find((check) => check.past(measures));
  if (!broken) return null;
  const n = (found: number, limit: number): string => (measures.complete ? count(found) : `more than ${count(limit)}`);
  const what = broken.what(measures, n);
  return `The Argdown document ${what}; Argmap reads Argdown documents with ${broken.limit}.`;
}
