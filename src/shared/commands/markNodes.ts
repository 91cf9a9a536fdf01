import type { NodeId } from '../model/ids';
import type { NodeMark } from '../model/kinds';
import type { Command } from './command';

export interface MarkNodesArgs {
  ids: readonly NodeId[];
  /** The verdict to record, or null to take the user's mark away. */
  mark: NodeMark | null;
}

const LABELS = { accepted: 'Accept as given', rejected: 'Reject', none: 'Clear mark' } as const;

/** Records the user's verdict on nodes (accepted as given, rejected) or takes it away: one undo step. */
export const markNodes: Command<MarkNodesArgs> = {
  name: 'markNodes',
  label: ({ mark }) => LABELS[mark ?? 'none'],
  perform: (draft, { ids, mark }) => {
    for (const id of ids) {
      const node = draft.nodes[id];
      if (!node) continue;
      if (mark && node.mark !== mark) node.mark = mark;
      else if (!mark && node.mark !== undefined) delete node.mark;
    }
  },
};
