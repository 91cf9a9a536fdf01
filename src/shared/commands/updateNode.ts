import type { ArgNode } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { NODE_KIND_LABELS } from '../model/kinds';
import type { Command } from './command';

export type NodeChanges = Partial<Pick<ArgNode, 'text' | 'kind' | 'notes' | 'tags'>> & {
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
    notes: 'Edit notes',
    tags: 'Edit tags',
    quote: 'Edit source',
  };
  return names[fields[0]] ?? 'Edit node';
}

/** Changes a node's text, kind, notes, tags or source quote. Empty notes and quotes are removed, not kept blank. */
export const updateNode: Command<UpdateNodeArgs> = {
  name: 'updateNode',
  label: ({ changes }) => describe(changes),
  perform: (draft, { id, changes }) => {
    const node = draft.nodes[id];
    if (!node) return;
    if (changes.text !== undefined && changes.text !== node.text) node.text = changes.text;
    if (changes.kind !== undefined && changes.kind !== node.kind) node.kind = changes.kind;
    if (changes.notes !== undefined && changes.notes !== (node.notes ?? '')) {
      if (changes.notes.trim()) node.notes = changes.notes;
      else delete node.notes;
    }
    if (changes.tags !== undefined) {
      const tags = [...new Set(changes.tags.map((tag) => tag.trim()).filter(Boolean))];
      if (tags.join('\u0000') !== node.tags.join('\u0000')) node.tags = tags;
    }
    if (changes.quote !== undefined && changes.quote !== (node.source?.quote ?? '')) {
      if (changes.quote.trim()) node.source = { quote: changes.quote };
      else delete node.source;
    }
  },
};
