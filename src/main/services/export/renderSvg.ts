import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import type { ExportFonts } from './exportFonts';

/** An SVG document and its size in CSS pixels (map units). */
export interface RenderedSvg {
  svg: string;
  size: { width: number; height: number };
}

/** IN PROGRESS (being written now): the map drawn as a self-contained SVG. */
export async function renderMapSvg(
  map: ArgumentMap,
  options: ExportOptions,
  fonts: ExportFonts,
  settings: { embedFont?: boolean } = {},
): Promise<RenderedSvg> {
  void [map, options, fonts, settings];
  throw new Error('renderMapSvg is being written');
}
