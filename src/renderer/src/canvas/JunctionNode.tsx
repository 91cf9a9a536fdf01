import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { RELATION_KIND_LABELS } from '../../../shared/model/kinds';
import { relationColor } from '../ui/themeTokens';
import type { JunctionFlowNode } from './flowTypes';

/**
 * Where linked premises join ("linked": they count only together), or a dot on a
 * relation that an undercut attacks.
 */
function JunctionNodeView({ data }: NodeProps<JunctionFlowNode>) {
  const color = relationColor(data.kind);
  const title = data.linked
    ? `Linked premises: together they ${RELATION_KIND_LABELS[data.kind].toLowerCase()} the target`
    : `${RELATION_KIND_LABELS[data.kind]} relation`;
  return (
    <div
      className={data.linked ? 'junction junction--linked' : 'junction'}
      style={{ borderColor: color, color }}
      title={title}
    >
      <Handle type="target" position={Position.Bottom} className="junction-handle" isConnectable={false} />
      {data.linked ? 'linked' : null}
      <Handle type="source" position={Position.Top} className="junction-handle" isConnectable={false} />
    </div>
  );
}

export const JunctionNode = memo(JunctionNodeView);
