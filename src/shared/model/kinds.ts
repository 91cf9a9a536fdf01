/** What a box on the map is. Order matters: it is the order of the legend and of pickers. */
export const NodeKind = {
  thesis: 'thesis',
  claim: 'claim',
  reason: 'reason',
  evidence: 'evidence',
  objection: 'objection',
  rebuttal: 'rebuttal',
  recommendation: 'recommendation',
  note: 'note',
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];
export const NODE_KINDS = Object.values(NodeKind);

/** Human labels for node kinds, as shown on nodes, in the legend and in menus. */
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  thesis: 'Thesis',
  claim: 'Claim',
  reason: 'Reason',
  evidence: 'Evidence',
  objection: 'Objection',
  rebuttal: 'Rebuttal',
  recommendation: 'Recommendation',
  note: 'Note',
};

/**
 * How premises bear on a target. `undercut` attacks the inference itself
 * (the link between a reason and its claim), so its target is a relation.
 */
export const RelationKind = {
  support: 'support',
  attack: 'attack',
  undercut: 'undercut',
} as const;
export type RelationKind = (typeof RelationKind)[keyof typeof RelationKind];
export const RELATION_KINDS = Object.values(RelationKind);

export const RELATION_KIND_LABELS: Record<RelationKind, string> = {
  support: 'Supports',
  attack: 'Attacks',
  undercut: 'Undercuts',
};

/**
 * Relation kinds of other formats that the map draws as its nearest kind (see `Relation.original`):
 * Argdown's contrary and contradictory (attacks), entails (a support) and AIF's MA rephrase (a support).
 */
export const OriginalRelationKind = {
  contrary: 'contrary',
  contradictory: 'contradictory',
  entails: 'entails',
  rephrase: 'rephrase',
} as const;
export type OriginalRelationKind = (typeof OriginalRelationKind)[keyof typeof OriginalRelationKind];
export const ORIGINAL_RELATION_KINDS = Object.values(OriginalRelationKind);

/** The relation kind each finer kind is drawn as: a contradiction is an attack, never a support. */
export const ORIGINAL_RELATION_DRAWN_AS: Record<OriginalRelationKind, RelationKind> = {
  contrary: 'attack',
  contradictory: 'attack',
  entails: 'support',
  rephrase: 'support',
};

/** How the inspector names an imported relation's finer kind ("Imported as a contrary relation"). */
export const ORIGINAL_RELATION_KIND_LABELS: Record<OriginalRelationKind, string> = {
  contrary: 'a contrary relation',
  contradictory: 'a contradiction',
  entails: 'an entailment',
  rephrase: 'a rephrase (AIF MA)',
};

/** The user's verdict on a node, which evaluation takes as given (see evaluation/). */
export const NodeMark = {
  accepted: 'accepted',
  rejected: 'rejected',
} as const;
export type NodeMark = (typeof NodeMark)[keyof typeof NodeMark];
export const NODE_MARKS = Object.values(NodeMark);
