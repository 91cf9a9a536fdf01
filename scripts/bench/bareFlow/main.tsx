/**
 * The baseline of the big-map benchmark: a bare React Flow 12 app, as its documentation shows one,
 * showing the same map (default nodes with the node's text as a 2–3 line label, the same edges)
 * with onlyRenderVisibleElements, and doing the benchmark's edits the plain way: Tab adds a node
 * beneath the selected one with a text field in its label, keys type into it (the label follows),
 * Enter commits, Ctrl+Z takes the node back, Ctrl+0 fits, Ctrl+1 zooms to 100% around the
 * selection. It shows the node count where the probe reads it (data-testid="node-count").
 */
import { StrictMode, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface BareMap {
  nodes: { id: string; x: number; y: number; label: string }[];
  edges: { id: string; source: string; target: string }[];
}
type BareNode = Node<{ label: ReactNode; text: string }>;

function Editor({
  initial,
  onChange,
  onCommit,
}: {
  initial: string;
  onChange: (text: string) => void;
  onCommit: () => void;
}) {
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  // React Flow shows a new node only once measured: try each frame until the field takes the focus.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const focus = (): void => {
      field.current?.focus();
      if (document.activeElement !== field.current && ++tries < 60) frame = requestAnimationFrame(focus);
    };
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <textarea
      ref={field}
      className="arg-node__editor nodrag"
      value={text}
      rows={2}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          onCommit();
        }
      }}
    />
  );
}

function Flow({ map }: { map: BareMap }) {
  const flow = useReactFlow();
  const [nodes, setNodes] = useState<BareNode[]>(() =>
    map.nodes.map((node) => ({
      id: node.id,
      position: { x: node.x, y: node.y },
      data: { label: node.label, text: node.label },
    })),
  );
  const [edges, setEdges] = useState<Edge[]>(() => map.edges);
  const history = useRef<{ nodes: BareNode[]; edges: Edge[] }[]>([]);
  const added = useRef(0);
  const onNodesChange = useCallback(
    (changes: NodeChange<BareNode>[]) => setNodes((all) => applyNodeChanges(changes, all)),
    [],
  );

  const label = useCallback(
    (id: string, text: string, editing: boolean): ReactNode =>
      editing ? (
        <Editor
          initial={text}
          onChange={(next) =>
            setNodes((all) =>
              all.map((node) => (node.id === id ? { ...node, data: { ...node.data, text: next } } : node)),
            )
          }
          onCommit={() =>
            setNodes((all) =>
              all.map((node) =>
                node.id === id ? { ...node, data: { label: node.data.text, text: node.data.text } } : node,
              ),
            )
          }
        />
      ) : (
        text
      ),
    [],
  );

  // The benchmark selects its starting node by id (a node a few pixels wide cannot be clicked).
  useEffect(() => {
    (window as unknown as { __select: (id: string) => void }).__select = (id) =>
      setNodes((all) => all.map((node) => ({ ...node, selected: node.id === id })));
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.target as Element | null)?.closest?.('textarea')) return;
      const selected = nodes.find((node) => node.selected);
      if (event.key === 'Tab' && selected) {
        event.preventDefault();
        history.current.push({ nodes, edges });
        const id = `added-${added.current++}`;
        const position = { x: selected.position.x, y: selected.position.y + 160 };
        setNodes([
          ...nodes.map((node) => (node.selected ? { ...node, selected: false } : node)),
          { id, position, selected: true, data: { label: label(id, '', true), text: '' } },
        ]);
        setEdges([...edges, { id: `e-${id}`, source: id, target: selected.id }]);
        void flow.setCenter(position.x + 75, position.y + 20, { zoom: Math.max(flow.getZoom(), 0.6) });
      } else if (event.key === 'z' && event.ctrlKey) {
        event.preventDefault();
        const previous = history.current.pop();
        if (previous) {
          setNodes(previous.nodes);
          setEdges(previous.edges);
        }
      } else if (event.key === '0' && event.ctrlKey) {
        event.preventDefault();
        void flow.fitView();
      } else if (event.key === '1' && event.ctrlKey) {
        event.preventDefault();
        if (selected) void flow.setCenter(selected.position.x + 75, selected.position.y + 20, { zoom: 1 });
        else void flow.zoomTo(1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nodes, edges, flow, label]);

  return (
    <>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onlyRenderVisibleElements
        fitView
        minZoom={0.001}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
      />
      <div data-testid="node-count" style={{ position: 'absolute', bottom: 4, left: 4 }}>
        {nodes.length} nodes
      </div>
    </>
  );
}

function App() {
  const [map, setMap] = useState<BareMap | null>(null);
  useEffect(() => {
    void fetch('./map.json')
      .then((response) => response.json())
      .then(setMap);
  }, []);
  return map ? (
    <div style={{ height: '100%' }}>
      <ReactFlowProvider>
        <Flow map={map} />
      </ReactFlowProvider>
    </div>
  ) : null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
