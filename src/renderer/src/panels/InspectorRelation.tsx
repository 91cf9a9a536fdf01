import type { ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import {
  NODE_KIND_LABELS,
  ORIGINAL_RELATION_KIND_LABELS,
  RELATION_KIND_LABELS,
  RELATION_KINDS,
} from '../../../shared/model/kinds';
import type { NodeId } from '../../../shared/model/ids';
import { kindColor } from '../ui/themeTokens';
import { deleteElements } from '../../../shared/commands/deleteElements';
import { useEditorStore } from '../store/useEditor';
import { changeRelationKind } from '../store/structureActions';
import { revealNode, selectOnly } from '../store/selection';
import { RelationLine } from './NodeConnections';
import { nodeName, targetName } from './inspectorModel';

/** A node named on a button that selects it and brings it into view. */
function NodeLink({ map, id }: { map: ArgumentMap; id: NodeId }) {
  const store = useEditorStore();
  const node = map.nodes[id];
  if (!node) return <span className="node-link node-link--missing">{nodeName(undefined)}</span>;
  return (
    <button type="button" className="node-link" title="Select this node" onClick={() => revealNode(store, id)}>
      <span className="node-link__kind" style={{ color: kindColor(node.kind, 'accent') }}>
        {NODE_KIND_LABELS[node.kind]}
      </span>{' '}
      <span className="node-link__text">{nodeName(node, 120)}</span>
    </button>
  );
}

/** One relation: its kind (support, attack, undercut), its premises and its target, and a way to delete it. */
export function InspectorRelation({ map, relation }: { map: ArgumentMap; relation: Relation }) {
  const store = useEditorStore();
  const linked = relation.from.length > 1;
  const target = relation.to;
  return (
    <div className="inspector-section">
      <h3 className="inspector__heading">
        <RelationLine kind={relation.kind} />
        {linked ? 'Linked argument' : 'Relation'}
      </h3>
      <fieldset className="field radio-group">
        <legend className="field__label">Kind</legend>
        {RELATION_KINDS.map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name={`relation-kind-${relation.id}`}
              value={kind}
              checked={relation.kind === kind}
              onChange={() => changeRelationKind(store, relation.id, kind)}
            />
            <RelationLine kind={kind} />
            {RELATION_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {relation.original && (
        <p className="inspector__hint">
          Imported as {ORIGINAL_RELATION_KIND_LABELS[relation.original]}; Argdown and AIF exports write it so again.
          Changing the kind drops that.
        </p>
      )}
      <section className="inspector-subsection" aria-labelledby={`premises-${relation.id}`}>
        <h4 className="inspector__subheading" id={`premises-${relation.id}`}>
          {linked ? 'Premises (count only together)' : 'Premise'}
        </h4>
        <ul className="node-links">
          {relation.from.map((id) => (
            <li key={id}>
              <NodeLink map={map} id={id} />
            </li>
          ))}
        </ul>
      </section>
      <section className="inspector-subsection" aria-labelledby={`target-${relation.id}`}>
        <h4 className="inspector__subheading" id={`target-${relation.id}`}>
          Target
        </h4>
        {'node' in target ? (
          <NodeLink map={map} id={target.node} />
        ) : (
          <button
            type="button"
            className="node-link"
            title="Select the relation this one undercuts"
            onClick={() => selectOnly(store, [], [target.relation])}
          >
            <span className="node-link__text">{targetName(map, relation)}</span>
          </button>
        )}
      </section>
      <div className="inspector__actions">
        <button
          type="button"
          className="inspector-button inspector-button--danger"
          onClick={() => {
            if (store.run(deleteElements, { nodes: [], relations: [relation.id] })) selectOnly(store, []);
          }}
        >
          Delete relation
        </button>
      </div>
    </div>
  );
}
