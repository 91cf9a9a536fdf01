import type { NodeKind, OriginalRelationKind, RelationKind } from './kinds';
import type { NodeId, RelationId } from './ids';

export interface Position {
  x: number;
  y: number;
}

/** The passage of the source text a node was taken from. */
export interface SourcePassage {
  /** The words of the source, quoted verbatim. */
  quote: string;
}

export interface ArgNode {
  id: NodeId;
  kind: NodeKind;
  /** A short name, as Argdown's `[Title]` / `<Title>`; kept so an imported map exports back under the same names. */
  title?: string;
  text: string;
  /** Top-left corner on the canvas, in map units. */
  position: Position;
  notes?: string;
  tags: string[];
  source?: SourcePassage;
}

/** A relation points at a node, or (for an undercut) at another relation. */
export type RelationTarget = { node: NodeId } | { relation: RelationId };

/**
 * Premises bearing on a target. More than one premise in `from` is a linked
 * argument: the premises support or attack the target only together.
 */
export interface Relation {
  id: RelationId;
  kind: RelationKind;
  from: NodeId[];
  to: RelationTarget;
  /**
   * The finer kind another format gave this relation (Argdown's contrary, contradictory or
   * entails; AIF's rephrase), which `kind` only approximates. Export restores it.
   */
  original?: OriginalRelationKind;
}

/** Where the map's content comes from (an article, a debate transcript). */
export interface SourceReference {
  title: string;
  author?: string;
  date?: string;
  /** A file name or URL the reader can follow. */
  reference?: string;
}

export interface MapMetadata {
  title: string;
  author?: string;
  /** ISO date (yyyy-mm-dd) of the map or of the source it maps. */
  date?: string;
  description?: string;
  source?: SourceReference;
}

export interface ArgumentMap {
  meta: MapMetadata;
  nodes: Record<NodeId, ArgNode>;
  relations: Record<RelationId, Relation>;
}

/** A map with nothing on it yet: what File › New starts from. */
export const emptyMap = (title = 'Untitled'): ArgumentMap => ({ meta: { title }, nodes: {}, relations: {} });
