import type { MapFragment } from '../clipboard/fragment';
import type { Command } from './command';

export interface PasteFragmentArgs {
  /** Nodes and relations with ids fresh for this map (see instantiateFragment). */
  fragment: MapFragment;
  /** "Paste" or "Duplicate", for the Edit menu. */
  verb?: string;
}

/** Adds a fragment's nodes and relations in one step, however many there are. */
export const pasteFragment: Command<PasteFragmentArgs> = {
  name: 'pasteFragment',
  label: ({ fragment, verb = 'Paste' }) =>
    fragment.nodes.length === 1 ? `${verb} node` : `${verb} ${fragment.nodes.length} nodes`,
  perform: (draft, { fragment }) => {
    for (const node of fragment.nodes) {
      if (draft.nodes[node.id]) throw new Error(`Node ${node.id} already exists`);
      draft.nodes[node.id] = { ...node, position: { ...node.position }, tags: [...node.tags] };
    }
    for (const relation of fragment.relations) {
      if (draft.relations[relation.id]) throw new Error(`Relation ${relation.id} already exists`);
      draft.relations[relation.id] = { ...relation, from: [...relation.from], to: { ...relation.to } };
    }
  },
};
