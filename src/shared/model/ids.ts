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

let counter = 0;

/** A short unique id with a readable prefix (n- for nodes, r- for relations). */
export function newId(prefix: 'n' | 'r'): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}${random}`;
}
