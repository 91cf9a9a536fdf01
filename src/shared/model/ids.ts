/**
 * Branded id types: a NodeId cannot be passed where a RelationId is expected,
 * so patches and lookups stay honest about what they name.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type NodeId = Brand<string, 'NodeId'>;
export type RelationId = Brand<string, 'RelationId'>;
/** A debate participant (meta.participants), named by nodes as their speaker. */
export type ParticipantId = Brand<string, 'ParticipantId'>;

export const asNodeId = (id: string): NodeId => id as NodeId;
export const asRelationId = (id: string): RelationId => id as RelationId;
export const asParticipantId = (id: string): ParticipantId => id as ParticipantId;

let counter = 0;
/**
 * A fresh id for a new node or relation. Random plus a counter, so ids made in the
 * same millisecond differ; only the schema's safe alphabet is used.
 */
function freshId(prefix: string): string {
  counter = (counter + 1) % 1_679_616;
  const random = Math.floor(Math.random() * 2_176_782_336).toString(36);
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36).padStart(4, '0')}${random}`;
}

export const newNodeId = (): NodeId => freshId('n') as NodeId;
export const newRelationId = (): RelationId => freshId('r') as RelationId;
/** A fresh id for a storyline step. */
export const newStepId = (): string => freshId('s');
export const newParticipantId = (): ParticipantId => freshId('p') as ParticipantId;
