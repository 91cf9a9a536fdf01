/**
 * Branded id types: a NodeId cannot be passed where a RelationId is expected,
 * so patches and lookups stay honest about what they name.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type NodeId = Brand<string, 'NodeId'>;
export type RelationId = Brand<string, 'RelationId'>;

export const asNodeId = (id: string): NodeId => id as NodeId;
export const asRelationId = (id: string): RelationId => id as RelationId;
