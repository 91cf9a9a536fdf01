import type { Position } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import type { Size } from '../../../shared/layout/nodeSize';

/**
 * What the user is doing right now, never saved and never undone:
 * selection, drags in progress, measured sizes, open panels.
 */
export interface SessionState {
  selected: ReadonlySet<NodeId>;
  /** Positions of nodes while a drag is in progress; committed as one command on drop. */
  dragPositions: ReadonlyMap<NodeId, Position>;
  /** Sizes React Flow measured; fed back so it need not measure again. */
  measured: ReadonlyMap<NodeId, Size>;
  showLegend: boolean;
  showMinimap: boolean;
}

export const initialSession: SessionState = {
  selected: new Set(),
  dragPositions: new Map(),
  measured: new Map(),
  showLegend: true,
  showMinimap: true,
};
