import { useId } from 'react';
import type { ArgNode, ArgumentMap } from '../../../shared/model/argumentMap';
import { NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from '../../../shared/model/kinds';
import { kindColor } from '../ui/themeTokens';
import { updateNode, type NodeChanges } from '../../../shared/commands/updateNode';
import type { EditorStore } from '../store/editorStore';
import { useEditorStore } from '../store/useEditor';
import { CommitField } from './CommitField';
import { NodeConnections } from './NodeConnections';
import { InspectorEvaluation } from '../evaluation/InspectorEvaluation';
import { formatTags, parseTags, sameTags } from './inspectorModel';

interface InspectorNodeProps {
  map: ArgumentMap;
  node: ArgNode;
}

function change(store: EditorStore, node: ArgNode, changes: NodeChanges): void {
  store.run(updateNode, { id: node.id, changes });
}

/** Everything about one node: its kind, text, notes, tags, source quote, and what it is connected to. */
export function InspectorNode({ map, node }: InspectorNodeProps) {
  const store = useEditorStore();
  const kindId = useId();
  return (
    <div className="inspector-section">
      <h3 className="inspector__heading">
        <span
          className="kind-swatch"
          style={{ background: kindColor(node.kind, 'fill'), borderColor: kindColor(node.kind, 'border') }}
          aria-hidden
        />
        <span style={{ color: kindColor(node.kind, 'accent') }}>{NODE_KIND_LABELS[node.kind]}</span>
      </h3>
      <InspectorEvaluation node={node} />
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          Kind
        </label>
        <select
          id={kindId}
          className="field__control field__control--select"
          value={node.kind}
          onChange={(event) => change(store, node, { kind: event.target.value as NodeKind })}
        >
          {NODE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {NODE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        label="Text"
        multiline
        value={node.text}
        placeholder="What the node says"
        onCommit={(text) => change(store, node, { text })}
      />
      <CommitField
        label="Title"
        value={node.title ?? ''}
        placeholder="A short name, as Argdown’s [Title]"
        hint="Optional. Argdown exports refer to the node by it."
        onCommit={(title) => change(store, node, { title })}
      />
      <CommitField
        label="Notes"
        multiline
        value={node.notes ?? ''}
        placeholder="Comments for yourself; not shown on the card"
        onCommit={(notes) => change(store, node, { notes })}
      />
      <CommitField
        label="Tags"
        value={formatTags(node.tags)}
        placeholder="e.g. economy, 2016"
        hint="Separate tags with commas."
        onCommit={(typed) => {
          const tags = parseTags(typed);
          if (!sameTags(tags, node.tags)) change(store, node, { tags });
        }}
      />
      <CommitField
        label="Source quote"
        multiline
        value={node.source?.quote ?? ''}
        placeholder="The words of the source, verbatim"
        onCommit={(quote) => change(store, node, { quote })}
      />
      <p className="inspector__hint">
        Saved when you leave a field or press{' '}
        <span className="nowrap">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </span>
        . <kbd>Esc</kbd> reverts the field.
      </p>
      <NodeConnections map={map} node={node} />
    </div>
  );
}
