import { IArgument, IEquivalenceClass, RangeType, type HasSection, type HasTags, type IRange } from '@argdown/core';
import type { ArgNode } from '../../model/argumentMap';
import { asNodeId, type NodeId } from '../../model/ids';
import { NodeKind } from '../../model/kinds';
import { plural, type ReportBuilder } from '../interop';
import type { ArgdownModel } from './argdownParser';
import {
  importData,
  importTags,
  importTitle,
  INFERENCE_ONLY_KEY,
  textWithoutTrailingTags,
  type UnknownData,
} from './importFields';
import type { ElementRole } from './nodeKinds';

/** The nodes made from a document's statements and arguments, and how to find them by Argdown title. */
export interface NodeTable {
  nodes: Record<NodeId, ArgNode>;
  roles: Map<NodeId, ElementRole>;
  /** Kinds the document gave in data; the rest are inferred once the relations are known. */
  givenKinds: Map<NodeId, NodeKind>;
  statementNode: Map<string, NodeId>;
  argumentNode: Map<string, NodeId>;
}

/** Readable, schema-safe ids from titles: "Fleisch-OK" → `s-fleisch-ok`, unique within the map. */
class IdMaker {
  private readonly taken = new Set<string>();
  /**
   * Per base, the suffix to try next: every lower one is taken, and trying them all again from 2
   * was quadratic (the thousands of untitled statements of a document share one base).
   */
  private readonly nextSuffix = new Map<string, number>();

  make(prefix: string, title: string): NodeId {
    const slug = title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    const base = `${prefix}-${slug || 'untitled'}`;
    let id = base;
    if (this.taken.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.taken.has(`${base}-${n}`)) n += 1;
      id = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.taken.add(id);
    return asNodeId(id);
  }
}

/** Tags of an element plus the title of the section (heading) it stands under. */
function tagsWithSection(element: HasTags & HasSection, report: ReportBuilder): string[] {
  const tags = element.tags ?? [];
  const section = element.section?.title?.trim();
  if (!section) return importTags(tags, report);
  report.approximated(
    'section',
    (n) =>
      `${plural(n, 'statement or argument', 'statements and arguments')} kept the heading ${n === 1 ? 'it stands' : 'they stand'} under as a tag`,
  );
  return importTags([...tags, section], report);
}

/** Links keep their words but not their address, bold and italic passages become plain text. */
function reportFormatting(ranges: IRange[] | undefined, report: ReportBuilder): void {
  const count = (type: RangeType): number => (ranges ?? []).filter((range) => range.type === type).length;
  report.dropped(
    'link',
    (n) => `${plural(n, 'link address', 'link addresses')} not kept (the linked words are)`,
    count(RangeType.LINK),
  );
  const emphasis = count(RangeType.BOLD) + count(RangeType.ITALIC);
  report.approximated('emphasis', (n) => `${plural(n, 'bold or italic passage')} kept as plain text`, emphasis);
}

/**
 * An argument Argmap's own export wrote only to carry linked premises (marked in its data, with
 * no description and nothing bearing on it) is no node: its reconstruction becomes relations.
 */
export function isInferenceOnly(argument: IArgument): boolean {
  const data = argument.data as Record<string, unknown> | undefined;
  return (
    data?.[INFERENCE_ONLY_KEY] === true &&
    argument.pcs.length > 0 &&
    !IArgument.getCanonicalMemberText(argument)?.trim() &&
    // An undercut of its inference stays in the argument's list (Argdown moves it without removing it).
    (argument.relations ?? []).every((relation) => relation.from !== argument && relation.to !== argument)
  );
}

/** One node per equivalence class (statement) and per argument of the document. */
export function importNodes(model: ArgdownModel, report: ReportBuilder): NodeTable {
  const table: NodeTable = {
    nodes: {},
    roles: new Map(),
    givenKinds: new Map(),
    statementNode: new Map(),
    argumentNode: new Map(),
  };
  const ids = new IdMaker();
  const unknown: UnknownData = { keys: new Set(), kinds: new Set() };

  const addNode = (role: ElementRole, element: IEquivalenceClass | IArgument, text: string | undefined): NodeId => {
    const title = importTitle(element.title, report);
    const id = ids.make(role === 'statement' ? 's' : 'a', title ?? '');
    const tags = tagsWithSection(element, report);
    const { kind, notes, source } = importData(element.data, report, unknown);
    table.nodes[id] = {
      id,
      // Provisional: inferKinds settles it from the relations.
      kind: kind ?? NodeKind.claim,
      ...(title ? { title } : {}),
      text: textWithoutTrailingTags(text, element.tags ?? [], report),
      position: { x: 0, y: 0 },
      ...(notes !== undefined ? { notes } : {}),
      tags,
      ...(source ? { source } : {}),
    };
    table.roles.set(id, role);
    if (kind) table.givenKinds.set(id, kind);
    return id;
  };

  for (const statement of Object.values(model.statements)) {
    const member = IEquivalenceClass.getCanonicalMember(statement);
    reportFormatting(member?.ranges, report);
    const id = addNode('statement', statement, member?.text);
    table.statementNode.set(statement.title ?? '', id);
  }
  for (const argument of Object.values(model.arguments)) {
    if (isInferenceOnly(argument)) continue;
    const member = IArgument.getCanonicalMember(argument);
    reportFormatting(member?.ranges, report);
    const id = addNode('argument', argument, member?.text);
    table.argumentNode.set(argument.title ?? '', id);
  }
  return table;
}
