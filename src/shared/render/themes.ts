import type { NodeKind, RelationKind } from '../model/kinds';
import type { ExportTheme } from './exportOptions';
import { NODE_STYLES, RELATION_STYLES, type KindStyle, type RelationStyle } from './palette';

/** A kind's card in a theme: the canvas colours plus the border's width and dash. */
export interface CardStyle extends KindStyle {
  borderWidth: number;
  borderDash?: string;
}

/** Every colour and line an exported drawing uses. */
export interface DrawingTheme {
  /** The page behind the map (left out for a transparent background). */
  background: string;
  /** Card text, titles. */
  ink: string;
  /** Secondary text: bylines, the legend's heading. */
  muted: string;
  /** Inside junctions and tag pills. */
  surface: string;
  /** The legend's frame and rules. */
  rule: string;
  nodes: Record<NodeKind, CardStyle>;
  relations: Record<RelationKind, RelationStyle>;
}

/** The canvas's own borders: the thesis stands out, a note is dashed. */
const canvasBorder = (kind: NodeKind): Pick<CardStyle, 'borderWidth' | 'borderDash'> =>
  kind === 'thesis'
    ? { borderWidth: 2.5 }
    : kind === 'note'
      ? { borderWidth: 1.5, borderDash: '6 4' }
      : { borderWidth: 1.5 };

const withBorders = (styles: Record<NodeKind, KindStyle>): Record<NodeKind, CardStyle> =>
  Object.fromEntries(
    Object.entries(styles).map(([kind, style]) => [kind, { ...style, ...canvasBorder(kind as NodeKind) }]),
  ) as Record<NodeKind, CardStyle>;

/** As on the canvas, on white: what slides and documents expect. */
const light: DrawingTheme = {
  background: '#ffffff',
  ink: '#1f2937',
  muted: '#4b5563',
  surface: '#ffffff',
  rule: '#d1d5db',
  nodes: withBorders(NODE_STYLES),
  relations: RELATION_STYLES,
};

/** Dark slides: tinted cards, light borders and labels (every label passes 4.5:1 on its card). */
const dark: DrawingTheme = {
  background: '#111827',
  ink: '#f3f4f6',
  muted: '#9ca3af',
  surface: '#1f2937',
  rule: '#374151',
  nodes: withBorders({
    thesis: { accent: '#c7d2fe', fill: '#1e1b4b', border: '#818cf8' },
    claim: { accent: '#bfdbfe', fill: '#172554', border: '#60a5fa' },
    reason: { accent: '#bbf7d0', fill: '#052e16', border: '#4ade80' },
    evidence: { accent: '#99f6e4', fill: '#042f2e', border: '#2dd4bf' },
    objection: { accent: '#fecaca', fill: '#450a0a', border: '#f87171' },
    rebuttal: { accent: '#fed7aa', fill: '#431407', border: '#fb923c' },
    recommendation: { accent: '#e9d5ff', fill: '#3b0764', border: '#c084fc' },
    note: { accent: '#e7e5e4', fill: '#1c1917', border: '#a8a29e' },
  }),
  relations: {
    support: { ...RELATION_STYLES.support, stroke: '#4ade80' },
    attack: { ...RELATION_STYLES.attack, stroke: '#f87171' },
    undercut: { ...RELATION_STYLES.undercut, stroke: '#facc15' },
  },
};

/**
 * Greyscale for black-and-white printers. Kinds stay apart by their labels, by fill (pro
 * white, con grey) and by border; relations by dash (solid, dashed, dotted) and arrowhead.
 */
const print: DrawingTheme = {
  background: '#ffffff',
  ink: '#000000',
  muted: '#404040',
  surface: '#ffffff',
  rule: '#a3a3a3',
  nodes: {
    thesis: { accent: '#000000', fill: '#ffffff', border: '#000000', borderWidth: 3 },
    claim: { accent: '#000000', fill: '#ffffff', border: '#000000', borderWidth: 2 },
    reason: { accent: '#262626', fill: '#ffffff', border: '#525252', borderWidth: 1.5 },
    evidence: { accent: '#262626', fill: '#f5f5f5', border: '#525252', borderWidth: 1.5 },
    objection: { accent: '#000000', fill: '#e5e5e5', border: '#000000', borderWidth: 1.5 },
    rebuttal: { accent: '#000000', fill: '#d4d4d4', border: '#000000', borderWidth: 1.5 },
    recommendation: { accent: '#000000', fill: '#ffffff', border: '#000000', borderWidth: 2, borderDash: '10 3' },
    note: { accent: '#404040', fill: '#ffffff', border: '#737373', borderWidth: 1.5, borderDash: '6 4' },
  },
  relations: {
    support: { stroke: '#000000', width: 2 },
    attack: { stroke: '#000000', dash: '8 5', width: 2 },
    undercut: { stroke: '#404040', dash: '2 4', width: 2.5 },
  },
};

/** For projectors and low vision: black text on white, dark saturated borders, heavier lines. */
const contrast: DrawingTheme = {
  background: '#ffffff',
  ink: '#000000',
  muted: '#000000',
  surface: '#ffffff',
  rule: '#000000',
  nodes: {
    thesis: { accent: '#312e81', fill: '#ffffff', border: '#312e81', borderWidth: 3.5 },
    claim: { accent: '#1e3a8a', fill: '#ffffff', border: '#1e3a8a', borderWidth: 2.5 },
    reason: { accent: '#14532d', fill: '#ffffff', border: '#14532d', borderWidth: 2.5 },
    evidence: { accent: '#134e4a', fill: '#ffffff', border: '#134e4a', borderWidth: 2.5 },
    objection: { accent: '#7f1d1d', fill: '#ffffff', border: '#7f1d1d', borderWidth: 2.5 },
    rebuttal: { accent: '#7c2d12', fill: '#ffffff', border: '#7c2d12', borderWidth: 2.5 },
    recommendation: { accent: '#581c87', fill: '#ffffff', border: '#581c87', borderWidth: 2.5 },
    note: { accent: '#000000', fill: '#ffffff', border: '#000000', borderWidth: 2.5, borderDash: '6 4' },
  },
  relations: {
    support: { stroke: '#14532d', width: 3 },
    attack: { stroke: '#7f1d1d', dash: '9 5', width: 3 },
    undercut: { stroke: '#713f12', dash: '2 5', width: 3.5 },
  },
};

export const DRAWING_THEMES: Record<ExportTheme, DrawingTheme> = { light, dark, print, contrast };
