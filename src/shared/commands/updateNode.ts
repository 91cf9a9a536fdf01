import type { ArgNode } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { NODE_KIND_LABELS } from '../model/kinds';
import { LIMITS } from '../schema/argumentMapSchema';
import type { Command } from './command';

export type NodeChanges = Partial<Pick<ArgNode, 'text' | 'kind' | 'title' | 'notes' | 'tags'>> & {
  /** The source quote; an empty string removes it. */
  quote?: string;
};

export interface UpdateNodeArgs {
  id: NodeId;
  changes: NodeChanges;
}

function describe(changes: NodeChanges): string {
  const fields = Object.keys(changes);
  if (fields.length !== 1) return 'Edit node';
  if (changes.kind) return `Change kind to ${NODE_KIND_LABELS[changes.kind].toLowerCase()}`;
  const names: Record<string, string> = {
    text: 'Edit text',
    title: 'Edit title',
    notes: 'Edit notes',
    tags: 'Edit tags',
    quote: 'Edit source',
  };
  return names[fields[0]] ?? 'Edit node';
}

/** Changes a node's text, kind, title, notes, tags or source quote. Empty titles, notes and quotes are removed, not kept blank. */
export const updateNode: Command<UpdateNodeArgs> = {
  name: 'updateNode',
  label: ({ changes }) => describe(changes),
  perform: (draft, { id, changes }) => {
    const node = draft.nodes[id];
    if (!node) return;
    // Cut to what a file may hold: a longer text would make the map fail to save and to load.
    const text = changes.text?.slice(0, LIMITS.textLength);
    const notes = changes.notes?.slice(0, LIMITS.textLength);
    const quote = changes.quote?.slice(0, LIMITS.textLength);
    const title = changes.title?.trim().slice(0, LIMITS.titleLength);
    if (text !== undefined && text !== node.text) node.text = text;
    if (changes.kind !== undefined && changes.kind !== node.kind) node.kind = changes.kind;
    if (title !== undefined && title !== (node.title ?? '')) {
      if (title) node.title = title;
      else delete node.title;
    }
    if (notes !== undefined && notes !== (node.notes ?? '')) {
      if (notes.trim()) node.notes = notes;
      else delete node.notes;
    }
    if (changes.tags !== undefined) {
      const trimmed = changes.tags.map((tag) => tag.trim().slice(0, LIMITS.tagLength).trim()).filter(Boolean);
      const tags = [...new Set(trimmed)].slice(0, LIMITS.tags);
      if (tags.join('\u0000') !== node.tags.join('\u0000')) node.tags = tags;
    }
    if (quote !== undefined && quote !== (node.source?.quote ?? '')) {
      if (quote.trim()) node.source = { quote };
      else delete node.source;
    }
  },
};
