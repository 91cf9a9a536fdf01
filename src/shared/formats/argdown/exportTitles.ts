import type { ArgumentMap } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { NODE_KIND_LABELS } from '../../model/kinds';
import { plural, type ReportBuilder } from '../interop';
import { sanitizeTitle } from './argdownSyntax';
import { gistTitle } from './gistTitle';
import type { ElementRole } from './nodeKinds';

/** How long a title made from a text may grow: short first, longer when the short one is taken. */
export const TITLE_LENGTHS = [50, 70, 90];

/**
 * A short name from a text, its gist in whole words (gistTitle.ts): "Astana is known as a capital
 * bustling with high-calibre diplomatic activity…" → "Astana is known as a capital bustling".
 */
export function titleFromText(text: string, maxLength = TITLE_LENGTHS[0]): string {
  return gistTitle(text, maxLength);
}

/** Hands out titles unique across the document (statements and arguments alike, to avoid confusion). */
export class TitleRegistry {
  private readonly used = new Set<string>();
  /**
   * Each wanted title → the number to try next for it: every lower number was taken when it was
   * last asked for, and a taken title stays taken. 20,000 nodes wanting one title cost 20,000
   * steps, not 200 million.
   */
  private readonly nextNumber = new Map<string, number>();

  isFree(title: string): boolean {
    return !this.used.has(title);
  }

  /** The wanted title, or the first of "wanted (2)", "wanted (3)"… still free. */
  claim(wanted: string): string {
    let title = wanted;
    if (this.used.has(wanted)) {
      let n = this.nextNumber.get(wanted) ?? 2;
      while (this.used.has(`${wanted} (${n})`)) n += 1;
      title = `${wanted} (${n})`;
      this.nextNumber.set(wanted, n + 1);
    }
    this.used.add(title);
    return title;
  }
}

/**
 * A fresh title made from a text, unique in the document: its gist at the shortest length still
 * free, else the shortest with a number ("… (2)"); `fallback` for a text that gives no words.
 */
export function claimTitleFromText(text: string, role: ElementRole, registry: TitleRegistry, fallback: string): string {
  const candidates = TITLE_LENGTHS.map((length) => sanitizeTitle(titleFromText(text, length), role));
  const made = candidates.find((title) => title && registry.isFree(title)) ?? candidates[0];
  return registry.claim(made || fallback);
}

/**
 * Titles for the nodes: a node's own title where it has one (made readable by Argdown and unique),
 * one made from its text where Argdown needs a title to refer to the node and it has none.
 */
export function assignTitles(
  map: ArgumentMap,
  roles: ReadonlyMap<NodeId, ElementRole>,
  needsTitle: ReadonlySet<NodeId>,
  registry: TitleRegistry,
  report: ReportBuilder,
): Map<NodeId, string> {
  const titles = new Map<NodeId, string>();
  const nodes = Object.values(map.nodes);
  for (const node of nodes) {
    if (node.title === undefined) continue;
    const role = roles.get(node.id) ?? 'statement';
    const readable = sanitizeTitle(node.title, role) || sanitizeTitle(titleFromText(node.text), role);
    const title = registry.claim(readable || NODE_KIND_LABELS[node.kind]);
    if (title !== node.title) {
      report.approximated(
        'title-changed',
        (n) => `${plural(n, 'title')} changed for Argdown (a bracket, a line break or a name used twice)`,
      );
    }
    titles.set(node.id, title);
  }
  for (const node of nodes) {
    if (titles.has(node.id) || !needsTitle.has(node.id)) continue;
    const role = roles.get(node.id) ?? 'statement';
    titles.set(node.id, claimTitleFromText(node.text, role, registry, NODE_KIND_LABELS[node.kind]));
    report.approximated(
      'title-made',
      (n) =>
        `${plural(n, 'node')} without a title given one from ${n === 1 ? 'its' : 'their'} text, as Argdown refers to statements and arguments by title`,
    );
  }
  return titles;
}
