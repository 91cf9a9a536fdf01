/**
 * Argdown → Argmap. How an Argdown document becomes a map:
 *
 * - Every statement (equivalence class: all statements sharing a `[Title]`) and every argument
 *   (`<Title>`) becomes a node. Its title is kept, unless Argdown made it up ("Untitled 3"); its
 *   text is the canonical member's text, without the tags at its end; its tags are Argdown's tags
 *   plus the title of the heading (section) it stands under, as sections have no place in a map.
 * - Kinds: data `{kind: evidence}` (any node kind) wins. Otherwise a statement that bears on
 *   nothing is the thesis, other statements are claims; an argument is a reason, an objection if
 *   it attacks or undercuts, a rebuttal if what it attacks is an objection (see nodeKinds.ts).
 *   Data `{notes: "…"}` and `{quote: "…"}` become the node's notes and source quote.
 * - Relations keep their kind; contrary and contradictory become attacks and entails a support,
 *   each with `original` set so the export writes them back as they were.
 * - A reconstructed argument (one with a premise–conclusion structure) is drawn as Argdown draws
 *   it: each inference is one linked relation from all the premises it uses to its conclusion
 *   (intermediary conclusions chain into the next inference; `{uses: [1, 3]}` on an inference
 *   names its premises), and the argument's node supports its main conclusion, with `original:
 *   entails` (an argument entails its conclusion; the export knows its reconstruction by it). So the
 *   argument card stands beside its premises under the statement they establish. Argdown hands a
 *   reconstructed argument's outgoing relations to its conclusion, and so does the map; relations
 *   into the argument (attacks on it) stay on its node.
 * - An undercut of a reconstructed argument targets its main inference; of an argument without a
 *   reconstruction, the argument's first relation (its inference, as the map draws it). With no
 *   relation to undercut, or in a cycle of undercuts, it becomes an attack on the argument, and the
 *   report says so.
 * - Data or front matter that is not valid YAML is left out (the element stays) and reported.
 * - The map's title, author and date come from the front matter (or `options.title`); positions
 *   come from the automatic layout, as Argdown has none.
 */
import type { ArgNode, ArgumentMap, Position } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { autoLayout } from '../../layout/autoLayout';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { plural, ReportBuilder, type ImportOutcome } from '../interop';
import { describeProblem, parseArgdown, type SyntaxProblem } from './argdownParser';
import { argdownLimitProblem } from './argdownLimits';
import type { DataProblem } from './tolerantData';
import { describeSchemaPath } from './schemaWords';
import { importMeta } from './importMeta';
import { importNodes } from './importNodes';
import { importRelations } from './importRelations';
import { inferKinds } from './nodeKinds';

export interface ArgdownImportOptions {
  /** The map's title when the front matter names none (the file name, say). */
  title?: string;
}

function reportSyntaxErrors(errors: SyntaxProblem[], report: ReportBuilder): void {
  if (errors.length === 0) return;
  const first = describeProblem(errors[0]);
  report.dropped(
    'syntax',
    (n) =>
      `${plural(n, 'syntax error')} that Argdown read past (${n === 1 ? 'at' : 'the first at'} ${first}); text around ${n === 1 ? 'it' : 'them'} may be missing or misread`,
    errors.length,
  );
}

/** YAML Argdown could not read: the elements are kept without their data, the map without its front matter. */
function reportDataProblems(problems: DataProblem[], report: ReportBuilder): void {
  const blocks = problems.filter((problem) => !problem.frontMatter);
  if (blocks.length > 0) {
    const [{ line, message }] = blocks;
    report.dropped(
      'data-unread',
      (n) =>
        n === 1
          ? `Argdown could not read the data on line ${line} (${message}); its statement or argument was kept without it`
          : `Argdown could not read the data of ${n} statements or arguments (the first on line ${line}: ${message}); they were kept without it`,
      blocks.length,
    );
  }
  const frontMatter = problems.find((problem) => problem.frontMatter);
  if (frontMatter) {
    report.dropped(
      'front-matter-unread',
      () =>
        `Argdown could not read the front matter (line ${frontMatter.line}: ${frontMatter.message}); the title, author, date and settings in it were not kept`,
    );
  }
}

/** Argdown's include directive, as its own tools find it (@argdown/node's IncludePlugin). */
const INCLUDE_DIRECTIVE = /@include\([^)]+\)/g;

/**
 * `@include(file)` left in the text: File › Import… and `argmap convert` put the files in place
 * before this (main/services/argdownIncludes.ts); text without a file of its own (pasted)
 * has no folder to read them from. Argdown's tools replace the directive, never read it as words,
 * so it is left out (on its line: line numbers in messages stay right), and the report says so.
 */
function withoutUnfollowedIncludes(text: string, report: ReportBuilder): string {
  let count = 0;
  const rest = text.replace(INCLUDE_DIRECTIVE, () => {
    count += 1;
    return '';
  });
  report.dropped(
    'include',
    (n) =>
      `${plural(n, '@include line')} not followed (text without a file of its own has no folder to read ` +
      `${n === 1 ? 'it' : 'them'} from); import the file with File › Import… to include ${n === 1 ? 'it' : 'them'}`,
    count,
  );
  return rest;
}

function withPositions(map: ArgumentMap, positions: Map<NodeId, Position>): ArgumentMap {
  const nodes: Record<NodeId, ArgNode> = {};
  for (const node of Object.values(map.nodes))
    nodes[node.id] = { ...node, position: positions.get(node.id) ?? node.position };
  return { ...map, nodes };
}

/**
 * Reads an Argdown document as a map, with what was approximated or dropped; a document Argdown
 * cannot read at all comes back as a message naming the line. Never throws.
 */
export function importArgdown(text: string, options: ArgdownImportOptions = {}): ImportOutcome {
  try {
    // Before Argdown's reader: a document it would take minutes over is refused in a moment.
    const tooMuch = argdownLimitProblem(text);
    if (tooMuch) return { ok: false, message: tooMuch };
    const report = new ReportBuilder();
    const parsed = parseArgdown(withoutUnfollowedIncludes(text, report));
    if (!parsed.ok) return { ok: false, message: parsed.message };
    const { model } = parsed;
    reportSyntaxErrors(model.syntaxErrors, report);
    reportDataProblems(model.dataProblems, report);
    const meta = importMeta(model.frontMatter, options.title, report);
    const table = importNodes(model, report);
    const { relations, conclusionOf } = importRelations(model, table, report);
    const kinds = inferKinds({ relations, roles: table.roles, conclusionOf, given: table.givenKinds });
    for (const [id, kind] of kinds) table.nodes[id].kind = kind;
    const unplaced: ArgumentMap = { meta, nodes: table.nodes, relations };
    const checked = checkArgumentMap(withPositions(unplaced, autoLayout(unplaced)));
    if (!checked.ok) {
      const where = describeSchemaPath(unplaced, checked.path);
      return { ok: false, message: `The Argdown document did not make a valid map: ${where}: ${checked.message}` };
    }
    return { ok: true, map: checked.map, report: report.lines() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The Argdown document could not be imported (${detail}).` };
  }
}
