import type { NodeKind, RelationKind } from '../model/kinds';

/**
 * The look of each kind, shared by the canvas, the legend and the exports.
 * Accent colours pass WCAG AA (4.5:1) as text on their fill and on white.
 */
export interface KindStyle {
  accent: string;
  fill: string;
  border: string;
}

export const NODE_STYLES: Record<NodeKind, KindStyle> = {
  thesis: { accent: '#3730a3', fill: '#eef2ff', border: '#6366f1' },
  claim: { accent: '#1e40af', fill: '#eff6ff', border: '#60a5fa' },
  reason: { accent: '#166534', fill: '#f0fdf4', border: '#4ade80' },
  evidence: { accent: '#115e59', fill: '#f0fdfa', border: '#2dd4bf' },
  objection: { accent: '#b91c1c', fill: '#fef2f2', border: '#f87171' },
  rebuttal: { accent: '#9a3412', fill: '#fff7ed', border: '#fb923c' },
  recommendation: { accent: '#6b21a8', fill: '#faf5ff', border: '#c084fc' },
  note: { accent: '#44403c', fill: '#fafaf9', border: '#a8a29e' },
};

export interface RelationStyle {
  stroke: string;
  /** SVG stroke-dasharray; solid, dashed and dotted keep kinds apart in greyscale. */
  dash?: string;
  width: number;
}

export const RELATION_STYLES: Record<RelationKind, RelationStyle> = {
  support: { stroke: '#15803d', width: 2 },
  attack: { stroke: '#b91c1c', dash: '8 5', width: 2 },
  undercut: { stroke: '#a16207', dash: '2 4', width: 2.5 },
};
