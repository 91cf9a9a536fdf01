import type { ArgumentMap } from '../model/argumentMap';
import { NODE_KIND_LABELS } from '../model/kinds';
import type { OutlineEntry } from './outline';

/** How many words of a statement a mark quotes: enough to recognise it, short enough to read aloud. */
const GIST_WORDS = 8;

/** The first words of a text, cut at a word: “Mediation and peacemaking are different: they…”. */
export function gist(text: string, words = GIST_WORDS): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length <= words
    ? all.join(' ')
    : `${all
        .slice(0, words)
        .join(' ')
        .replace(/[,;:.]$/, '')}…`;
}

/**
 * What an outline says of how an entry bears on the entry above, where its kind alone would mislead
 * a listener: a linked premise ("linked premise 1 of 2, together with “…”": it supports only with the
 * others) and an undercut (it attacks not the statement above but the step from it to another: "undercut:
 * questions whether the evidence above supports “…”"). Nothing for an ordinary premise.
 */
export function relationMark(map: ArgumentMap, entry: OutlineEntry): string | undefined {
  const { relation } = entry;
  if (!relation) return undefined;
  if ('relation' in relation.to) {
    const step = map.relations[relation.to.relation];
    if (!step) return undefined;
    const above = entry.parent ? NODE_KIND_LABELS[map.nodes[entry.parent].kind].toLowerCase() : 'statement';
    const target = 'node' in step.to ? map.nodes[step.to.node] : undefined;
    const bears = step.kind === 'support' ? 'supports' : 'tells against';
    const linked = step.from.length > 1 ? ` (with the premises linked to it)` : '';
    return target
      ? `undercut: questions whether the ${above} above${linked} ${bears} “${gist(target.text)}”`
      : `undercut: questions the undercut the ${above} above makes`;
  }
  if (relation.from.length < 2) return undefined;
  const others = relation.from.filter((id) => id !== entry.node.id && map.nodes[id]);
  const position = relation.from.indexOf(entry.node.id) + 1;
  const together =
    others.length === 1
      ? `together with “${gist(map.nodes[others[0]].text)}”`
      : `together with ${others.length} others`;
  return `linked premise ${position} of ${relation.from.length}, ${together}`;
}
