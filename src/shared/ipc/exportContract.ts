import { z } from 'zod';
import type { NodeId } from '../model/ids';
import type { ExportFormat } from '../formats/formatRegistry';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, type ExportScope } from '../render/exportOptions';
import { exportOptionsSchema } from '../render/exportOptionsSchema';
import type { FileProblem } from './fileProblem';

/** What Edit › Copy as… puts on the clipboard: a PNG image, SVG text, or the plain-text outline. */
export const COPY_KINDS = ['image', 'svg', 'outline'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** The format each Copy as… item exports in. */
export const COPY_FORMATS: Record<CopyKind, ExportFormat> = { image: 'png', svg: 'svg', outline: 'txt' };

export const SCOPE_KINDS = ['map', 'selection', 'subtree'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/**
 * The export choices main remembers per map: every option, with the scope as its kind only
 * (the node ids selected today mean nothing the next time the dialog opens).
 */
export const exportChoicesSchema = exportOptionsSchema.omit({ scope: true }).extend({ scopeKind: z.enum(SCOPE_KINDS) });
export type ExportChoices = z.infer<typeof exportChoicesSchema>;

export const DEFAULT_EXPORT_CHOICES: ExportChoices = choicesOf(DEFAULT_EXPORT_OPTIONS);

/** The choices to remember from the options of an export. */
export function choicesOf(options: ExportOptions): ExportChoices {
  const { scope, ...rest } = options;
  return { ...rest, scopeKind: scope.kind };
}

/**
 * Options from remembered choices and what is selected now: the remembered kind of scope when the
 * selection allows it (a subtree needs exactly one selected node), else the whole map.
 */
export function optionsFrom(choices: ExportChoices, selected: readonly NodeId[]): ExportOptions {
  const { scopeKind, ...rest } = choices;
  return { ...rest, scope: scopeFor(scopeKind, selected) };
}

/** The scope of a kind for the nodes selected now; the whole map when the selection does not fit the kind. */
export function scopeFor(kind: ScopeKind, selected: readonly NodeId[]): ExportScope {
  const [first] = selected;
  if (kind === 'selection' && first !== undefined) return { kind, nodeIds: [...selected] };
  if (kind === 'subtree' && first !== undefined && selected.length === 1) return { kind, nodeId: first };
  return { kind: 'map' };
}

/** The preview of an export: the drawing as SVG (images and PDF), or the outline's text. */
export type ExportPreview =
  | { ok: true; kind: 'drawing'; svg: string; width: number; height: number }
  | { ok: true; kind: 'text'; text: string }
  | { ok: false; problem: FileProblem };

/**
 * How File › Export… ended: written (the file's name, and what was changed to make it possible, e.g. a
 * PNG drawn smaller than asked), cancelled in the save dialog, or failed.
 */
export type ExportOutcome =
  | { outcome: 'saved'; fileName: string; notes: string[] }
  | { outcome: 'cancelled' }
  | { outcome: 'problem'; problem: FileProblem };

/** How Copy as… ended (with what was changed to make it possible, as for an export). */
export type CopyOutcome = { ok: true; notes: string[] } | { ok: false; problem: FileProblem };
