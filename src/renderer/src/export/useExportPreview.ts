import { useEffect, useMemo, useState } from 'react';
import type { ExportPreview } from '../../../shared/ipc/exportContract';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import { host } from '../host/argmapHost';
import { previewOptions } from './exportModel';

/** Waits this long after the last change before drawing: typing "48" in Padding draws once, not twice. */
export const PREVIEW_DELAY_MS = 150;

export interface PreviewState {
  /** The latest preview main drew (kept on screen while the next one is drawn). */
  preview: ExportPreview | null;
  /** A newer preview is being drawn. */
  busy: boolean;
}

/**
 * The export as main would draw it, redrawn (debounced) when an option that changes the drawing
 * changes. Answers that arrive after a newer request are dropped.
 */
export function useExportPreview(map: ArgumentMap, options: ExportOptions | null): PreviewState {
  const request = useMemo(() => (options ? previewOptions(options) : null), [options]);
  // Options that change no pixel (PNG scale, PDF page) give the same key, and draw nothing again.
  const key = request ? JSON.stringify(request) : null;
  const [state, setState] = useState<{ key: string | null; preview: ExportPreview | null }>({
    key: null,
    preview: null,
  });

  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = window.setTimeout(() => {
      host()
        .previewExport({ map, options: JSON.parse(key) as ExportOptions })
        .catch((error: unknown): ExportPreview => ({
          ok: false,
          problem: {
            title: 'Could not draw the preview.',
            message: error instanceof Error ? error.message : String(error),
          },
        }))
        .then((preview) => {
          if (current) setState({ key, preview });
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, map]);

  return { preview: state.preview, busy: key !== null && state.key !== key };
}
