import type { NodeId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { relationProblem } from '../../../shared/commands/relationRules';
import type { EditorStore } from '../store/editorStore';
import { connectNodes } from '../store/structureActions';
import type { MenuEntry } from '../ui/ContextMenu';

const shorten = (text: string): string => (text.length > 32 ? `${text.slice(0, 30)}…` : text || 'empty');

/**
 * The choices after dragging from one node onto another: support it, attack it,
 * or undercut one of its inferences (the links from it to what it bears on).
 * A choice that makes no sense is shown disabled with the reason.
 */
export function connectMenu(store: EditorStore, from: NodeId, to: NodeId): MenuEntry[] {
  const document = store.getState().document;
  if (!document) return [];
  const entry = (
    label: string,
    candidate: Parameters<typeof connectNodes>[2],
    kind: 'support' | 'attack' | 'undercut',
  ) => {
    const problem = relationProblem(document, { kind, from: [from], to: candidate });
    return {
      label: problem ? `${label} (${problem.replace(/\.$/, '')})` : label,
      disabled: problem !== null,
      onSelect: () => connectNodes(store, from, candidate, kind),
    };
  };
  const inferences = Object.values(document.relations).filter((relation) => relation.from.includes(to));
  return [
    entry('Supports', { node: to }, 'support'),
    entry('Attacks', { node: to }, 'attack'),
    ...inferences.map((relation, i) => {
      const target = 'node' in relation.to ? document.nodes[relation.to.node] : undefined;
      const onto = target ? `${NODE_KIND_LABELS[target.kind].toLowerCase()} “${shorten(target.text)}”` : 'a relation';
      return {
        ...entry(`Undercuts its link to ${onto}`, { relation: relation.id }, 'undercut'),
        separatorBefore: i === 0,
      };
    }),
  ];
}
