import type { ArgNode, ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import type { RelationKind } from '../../../shared/model/kinds';
import { RELATION_KIND_LABELS } from '../../../shared/model/kinds';
import { RELATION_STYLES } from '../../../shared/render/palette';
import { relationColor } from '../ui/themeTokens';
import { useEditorStore } from '../store/useEditor';
import { selectOnly } from '../store/selection';
import { connectionsOf, nodeName, targetName } from './inspectorModel';

const BORNE_BY: Record<RelationKind, string> = {
  support: 'Supported by',
  attack: 'Attacked by',
  undercut: 'Undercut by',
};

/** A short line in the relation's colour, dashed like the edge on the canvas. */
export function RelationLine({ kind }: { kind: RelationKind }) {
  const look = RELATION_STYLES[kind];
  return (
    <svg width="24" height="8" className="relation-line" aria-hidden>
      <line
        x1="1"
        y1="4"
        x2="23"
        y2="4"
        style={{ stroke: relationColor(kind) }}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
      />
    </svg>
  );
}

/**
 * The relations a node takes part in, each a button that selects the relation:
 * the keyboard's way to reach an edge and change its kind.
 */
export function NodeConnections({ map, node }: { map: ArgumentMap; node: ArgNode }) {
  const store = useEditorStore();
  const { outgoing, incoming } = connectionsOf(map, node.id);
  if (outgoing.length === 0 && incoming.length === 0) return null;
  const item = (relation: Relation, verb: string, other: string) => (
    <li key={`${verb}-${relation.id}`}>
      <button
        type="button"
        className="connection"
        title="Select this relation"
        onClick={() => selectOnly(store, [], [relation.id])}
      >
        <RelationLine kind={relation.kind} />
        <span className="connection__text">
          <span className="connection__verb">{verb}</span> {other}
        </span>
      </button>
    </li>
  );
  return (
    <section className="inspector-subsection" aria-labelledby={`connections-${node.id}`}>
      <h4 className="inspector__subheading" id={`connections-${node.id}`}>
        Relations
      </h4>
      <ul className="connections">
        {outgoing.map((relation) =>
          item(
            relation,
            RELATION_KIND_LABELS[relation.kind],
            'node' in relation.to ? `“${targetName(map, relation)}”` : targetName(map, relation),
          ),
        )}
        {incoming.map((relation) =>
          item(
            relation,
            BORNE_BY[relation.kind],
            relation.from.map((id) => `“${nodeName(map.nodes[id], 60)}”`).join(' + '),
          ),
        )}
      </ul>
    </section>
  );
}
