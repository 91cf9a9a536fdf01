import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ArgNode, ArgumentMap, MapMetadata, Relation, SourceReference } from './argumentMap';
import type { NodeId, ParticipantId, RelationId } from './ids';
import type { NodeKind, NodeMark, OriginalRelationKind, RelationKind } from './kinds';
import { argumentMapRecord } from './mapRecord';
import { metadataRecord, type CardView } from './metadataRecord';
import { nodeRecord } from './nodeRecord';
import { relationRecord } from './relationRecord';
import { sourceReferenceRecord } from './sourceReferenceRecord';

// The types are derived from the record declarations: these hold them to the shapes the app is
// written against (a field's type, whether it is optional, the branded ids), so a slip in a
// declaration is a compile error here, not a surprise elsewhere.

describe('record declarations', () => {
  it('give the types the app is written against', () => {
    expectTypeOf<ArgNode>().toEqualTypeOf<{
      id: NodeId;
      kind: NodeKind;
      title?: string;
      text: string;
      position: { x: number; y: number };
      order?: number;
      notes?: string;
      tags: string[];
      source?: { quote: string };
      mark?: NodeMark;
      speaker?: ParticipantId;
      spokenAt?: string;
    }>();
    expectTypeOf<Relation>().toEqualTypeOf<{
      id: RelationId;
      kind: RelationKind;
      from: NodeId[];
      to: { node: NodeId } | { relation: RelationId };
      original?: OriginalRelationKind;
    }>();
    expectTypeOf<SourceReference>().toEqualTypeOf<{
      title: string;
      author?: string;
      date?: string;
      reference?: string;
    }>();
    expectTypeOf<MapMetadata>().toEqualTypeOf<{
      title: string;
      author?: string;
      date?: string;
      description?: string;
      source?: SourceReference;
      participants?: { id: ParticipantId; name: string; colour: string; role?: string }[];
      cards?: CardView;
    }>();
    expectTypeOf<ArgumentMap>().toEqualTypeOf<{
      meta: MapMetadata;
      nodes: Record<NodeId, ArgNode>;
      relations: Record<RelationId, Relation>;
      storyline?: { id: string; focus: NodeId; shows: 'premises' | 'ancestors' | 'map'; notes?: string }[];
    }>();
  });

  it('list their fields in the order a saved file writes them', () => {
    expect(nodeRecord.keys).toEqual([
      'id',
      'kind',
      'title',
      'text',
      'position',
      'order',
      'notes',
      'tags',
      'source',
      'mark',
      'speaker',
      'spokenAt',
    ]);
    expect(relationRecord.keys).toEqual(['id', 'kind', 'from', 'to', 'original']);
    expect(metadataRecord.keys).toEqual(['title', 'author', 'date', 'description', 'source', 'cards', 'participants']);
    expect(sourceReferenceRecord.keys).toEqual(['title', 'author', 'date', 'reference']);
    expect(argumentMapRecord.keys).toEqual(['meta', 'nodes', 'relations', 'storyline']);
  });
});
