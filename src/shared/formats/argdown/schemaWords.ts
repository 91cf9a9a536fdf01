import type { ArgumentMap } from '../../model/argumentMap';
import type { NodeId, RelationId } from '../../model/ids';

const FIELD_WORDS: Record<string, string> = {
  from: 'premises',
  to: 'target',
  source: 'source',
  notes: 'notes',
  tags: 'tags',
  id: 'id',
};

/** `"Title"`, or the first words of the text, or what the node is. */
function nodeName(map: ArgumentMap, id: string): string {
  const node = map.nodes[id as NodeId];
  if (!node) return `a statement or argument "${id}"`;
  if (node.title) return `"${node.title}"`;
  const text = node.text.replace(/\s+/g, ' ').trim();
  return text ? `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : 'a statement or argument without text';
}

function relationName(map: ArgumentMap, id: string): string {
  const relation = map.relations[id as RelationId];
  if (!relation) return 'a relation';
  const from = relation.from.map((premise) => nodeName(map, premise)).join(' and ');
  const to = 'node' in relation.to ? nodeName(map, relation.to.node) : 'another relation';
  return `the ${relation.kind} from ${from} to ${to}`;
}

/**
 * Where in a map a schema problem lies, in words for the import report: `relations.r-3.from`
 * is "the premises of the support from "A" to "B"", `meta.date` "the map's date".
 */
export function describeSchemaPath(map: ArgumentMap, path: string): string {
  const [record, id, field, ...rest] = path.split('.');
  const words = (key: string | undefined): string => (key ? (FIELD_WORDS[key] ?? key) : '');
  if (record === 'meta')
    return id ? `the map's ${[id, field, ...rest].filter(Boolean).map(words).join(' ')}` : "the map's details";
  const of = field ? `the ${words(field)} of ` : '';
  if (record === 'nodes' && id) return `${of}${nodeName(map, id)}`;
  if (record === 'relations' && id) return `${of}${relationName(map, id)}`;
  return 'the map';
}
