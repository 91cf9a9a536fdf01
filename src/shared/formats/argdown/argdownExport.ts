/**
 * Argmap → Argdown, the inverse of argdownImport.ts: what the import reads back is the same map,
 * but for positions (Argdown has none) and the approximations the report names.
 *
 * - A node of kind reason, objection or rebuttal is an argument (`<Title>: text`), any other a
 *   statement (`[Title]: text`); a node in a linked relation is always a statement, as only
 *   statements are premises in Argdown. Kinds the import would not infer, notes and source quotes
 *   are written as data: `{kind: "evidence", notes: "…", quote: "…"}`. Tags are `#tag` / `#(a tag)`.
 * - Supports, attacks and undercuts are written under their source (`+> [T]`, `-> <T>`, `_> <T>`).
 * - A linked support is an inference of a reconstruction (premises, `----`, conclusion). An argument
 *   node whose only relation is the entailment of that conclusion (as the import links a reconstructed
 *   argument) is the reconstruction's argument; otherwise an argument marked `{inferenceOnly: true}`
 *   holds it, which the import makes no node of. Premises nothing else refers to are written inside.
 * - An undercut is written against the argument of the inference it undercuts: the reconstruction's,
 *   or the source of the target relation, which then lists that relation first.
 * - Contrary, contradictory and entails relations come back as such (strict mode in the front
 *   matter when the document needs it); the map's title, author, date, description and source go
 *   to the front matter.
 */
import type { ArgNode, ArgumentMap } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { itOrThem, plural, ReportBuilder, type ExportOutcome } from '../interop';
import { escapeText, formatData, formatTag, oneLine, reference, sanitizeTitle, tagChanges } from './argdownSyntax';
import { planExport, type ExportPlan, type Reconstruction } from './exportPlan';
import { reconstructionLines } from './exportReconstruction';
import { relationLines, type References } from './exportRelations';
import { inlineStatements, nodesNeedingTitles } from './exportPlacement';
import { frontMatterLines } from './exportFrontMatter';
import { assignTitles, titleFromText, TitleRegistry } from './exportTitles';
import { INFERENCE_ONLY_KEY, NOTES_KEY, QUOTE_KEY } from './importFields';
import { pushTo } from '../lists';
import { KIND_KEY } from './nodeKinds';
import { kindsToWrite } from './exportKinds';
import { readingOrder } from './readingOrder';
import { countOriginal } from './reportWords';

/**
 * Tags Argdown cannot carry as they are, and what was changed: "1 tag changed to fit Argdown
 * (")" made "]")"; tags of only spaces, which it has no way to write; and tags of a node that
 * read the same once changed, which the import keeps once.
 */
function reportChangedTags(map: ArgumentMap, report: ReportBuilder): void {
  const changes = new Set<string>();
  for (const node of Object.values(map.nodes)) {
    const written = new Set<string>();
    for (const tag of node.tags) {
      const formatted = formatTag(tag);
      if (!formatted) {
        report.dropped('blank-tag', (n) => `${plural(n, 'tag')} of only spaces not written (Argdown has no empty tag)`);
      } else if (written.has(formatted)) {
        report.dropped(
          'same-tag',
          (n) =>
            `${plural(n, 'tag')} not written, as ${n === 1 ? 'it reads' : 'they read'} the same in Argdown as another tag of the node`,
        );
      }
      written.add(formatted);
      const changed = tagChanges(tag);
      if (changed.length === 0) continue;
      for (const change of changed) changes.add(change);
      report.approximated(
        'tag-changed',
        (n) => `${plural(n, 'tag')} changed to fit Argdown (${[...changes].join(', ')})`,
      );
    }
  }
}

function definitionLine(
  node: ArgNode,
  title: string | undefined,
  plan: ExportPlan,
  withKind: boolean,
  report: ReportBuilder,
): string {
  const line = oneLine(node.text);
  if (/[\r\n\u2028\u2029]/.test(node.text)) {
    report.approximated(
      'line-breaks',
      (n) => `${plural(n, 'text')} with line breaks written on one line (an Argdown statement is one paragraph)`,
    );
  } else if (line !== node.text) {
    report.approximated(
      'text-trimmed',
      (n) =>
        `${plural(n, 'text')} written without the spaces at ${n === 1 ? 'its' : 'their'} ends (Argdown drops them)`,
    );
  }
  const text = escapeText(line, !title);
  const data = formatData([
    ...(withKind ? [[KIND_KEY, node.kind] as [string, string]] : []),
    ...(node.notes !== undefined ? [[NOTES_KEY, node.notes] as [string, string]] : []),
    ...(node.source ? [[QUOTE_KEY, node.source.quote] as [string, string]] : []),
  ]);
  const tail = [...node.tags.map(formatTag), data].filter(Boolean).join(' ');
  // Without text, a definition still gets some: an escaped space, which the import trims away. A
  // bare `[Title]` would let Argdown read on to a `]:` in the tags or data as the title's end.
  const head = title === undefined ? text : `${reference(title, plan.roles.get(node.id)!)}: ${text || '\\ '}`;
  return [head, tail].filter(Boolean).join(' ');
}

/** The Argdown text of a map, with the title each node got (tests use them to match elements to nodes). */
export interface ArgdownWriting extends ExportOutcome {
  titles: ReadonlyMap<NodeId, string>;
}

/** Writes a map as Argdown text, with what Argdown cannot carry (positions, always). */
export function exportArgdown(map: ArgumentMap): ExportOutcome {
  const { text, report } = writeArgdown(map);
  return { text, report };
}

/** {@link exportArgdown}, and the titles the nodes got. */
export function writeArgdown(map: ArgumentMap): ArgdownWriting {
  const report = new ReportBuilder();
  const plan = planExport(map);
  for (const { original } of plan.reconstructions.flatMap((r) => r.steps)) {
    if (!original) continue;
    report.approximated(
      `finer-inference-${original}`,
      (n) =>
        `${countOriginal(n, original)} written as ${n === 1 ? 'an inference' : 'inferences'} of a reconstruction, where Argdown does not name ${itOrThem(n)}`,
    );
  }
  reportChangedTags(map, report);
  const inline = inlineStatements(map, plan);
  const registry = new TitleRegistry();
  const titles = assignTitles(map, plan.roles, nodesNeedingTitles(map, plan, inline), registry, report);
  const holderTitles = new Map<Reconstruction, string>();
  const holdersAfter = new Map<NodeId, Reconstruction[]>();
  for (const reconstruction of plan.reconstructions.filter((r) => !r.owner)) {
    const main = reconstruction.steps[reconstruction.steps.length - 1];
    const conclusion = 'node' in main.to ? main.to.node : undefined;
    // Named, as an author would, by the gist of its (first) premise: a name, not "Premises of …".
    // When a premise's statement already has that name, the first two premises together.
    const premises = main.from.map((id) => map.nodes[id]?.text.trim() ?? '').filter(Boolean);
    const alone = sanitizeTitle(titleFromText(premises[0] ?? ''), 'argument');
    const both = premises.length > 1 ? `${alone} and ${sanitizeTitle(titleFromText(premises[1], 40), 'argument')}` : '';
    const named = alone && registry.isFree(alone) ? alone : both && registry.isFree(both) ? both : alone || both;
    holderTitles.set(reconstruction, registry.claim(named || 'Linked premises'));
    if (conclusion) pushTo(holdersAfter, conclusion, reconstruction);
  }
  const refs: References = {
    node: (id) => reference(titles.get(id)!, plan.roles.get(id)!),
    reconstruction: (r) => (r.owner ? refs.node(r.owner) : reference(holderTitles.get(r)!, 'argument')),
  };
  const { under, strict, approximatedEnds } = relationLines(map, plan, refs, report);
  // Where a relation is written other than it is, the import's inference is not to be trusted.
  const withKind = new Set([...kindsToWrite(map, plan), ...approximatedEnds]);
  const definition = (id: NodeId): string =>
    definitionLine(map.nodes[id], titles.get(id), plan, withKind.has(id), report);
  const member = (id: NodeId): string => (inline.has(id) ? definition(id) : refs.node(id));

  const ownedBy = new Map(plan.reconstructions.flatMap((r) => (r.owner ? [[r.owner, r] as const] : [])));
  const blocks: string[] = [];
  for (const id of readingOrder(map)) {
    if (!inline.has(id)) blocks.push([definition(id), ...(under.get(id) ?? [])].join('\n'));
    const owned = ownedBy.get(id);
    if (owned) blocks.push(reconstructionLines(owned, member).join('\n'));
    for (const holder of holdersAfter.get(id) ?? []) {
      blocks.push(`${refs.reconstruction(holder)} ${formatData([[INFERENCE_ONLY_KEY, true]])}`);
      blocks.push(reconstructionLines(holder, member).join('\n'));
    }
  }
  const nodeCount = Object.keys(map.nodes).length;
  if (nodeCount > 0) {
    report.dropped(
      'positions',
      () => `Positions of ${plural(nodeCount, 'node')} (Argdown has no layout; an import lays the map out again)`,
    );
  }
  const frontMatter = frontMatterLines(map.meta, strict, report);
  // Argdown reads front matter only before a statement, argument or heading: a map without
  // nodes gets its title as a heading, which the import reads as nothing.
  if (blocks.length === 0 && frontMatter.length > 0) blocks.push(`# ${escapeText(oneLine(map.meta.title)) || 'Map'}`);
  const text = [...frontMatter, ...blocks].join('\n\n');
  return { text: text ? `${text}\n` : '', report: report.lines(), titles };
}
