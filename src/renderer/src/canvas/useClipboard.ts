import { useEffect } from 'react';
import type { Position } from '../../../shared/model/argumentMap';
import { FRAGMENT_MIME } from '../../../shared/clipboard/clipboardFormats';
import type { EditorStore } from '../store/editorStore';
import { looksLikeArgdown } from '../../../shared/clipboard/argdownText';
import { host } from '../host/argmapHost';
import { copySelection, cutSelection, pasteArgdownOutcome, pasteClipboard } from '../store/clipboardActions';
import { isEditingText } from '../ui/focus';

/** Main reads the Argdown (its parser is not loaded in the page); the map it gives is pasted in. */
async function pasteArgdown(store: EditorStore, text: string, at: Position | undefined): Promise<void> {
  const outcome = await host()
    .importText({ format: 'argdown', text })
    .catch((error: unknown) => ({
      ok: false as const,
      message: error instanceof Error ? error.message : String(error),
    }));
  pasteArgdownOutcome(store, text, outcome, at);
}

/**
 * Cut, copy and paste of nodes through the system clipboard (Ctrl+X/C/V and the
 * Edit menu, whose roles raise these same events): map JSON for our own windows,
 * a plain-text outline for other apps; pasted text lines become nodes, pasted Argdown its
 * statements, arguments and relations.
 */
export function useClipboard(store: EditorStore, pastePosition: () => Position | undefined): void {
  useEffect(() => {
    const write = (event: ClipboardEvent, data: { json: string; text: string } | null): void => {
      if (!data || !event.clipboardData) return;
      event.preventDefault();
      event.clipboardData.setData(FRAGMENT_MIME, data.json);
      event.clipboardData.setData('text/plain', data.text);
    };
    const onCopy = (event: ClipboardEvent): void => {
      if (!isEditingText()) write(event, copySelection(store));
    };
    const onCut = (event: ClipboardEvent): void => {
      if (!isEditingText()) write(event, cutSelection(store));
    };
    const onPaste = (event: ClipboardEvent): void => {
      if (isEditingText() || !event.clipboardData) return;
      event.preventDefault();
      const json = event.clipboardData.getData(FRAGMENT_MIME);
      const text = event.clipboardData.getData('text/plain');
      if (!json && looksLikeArgdown(text)) return void pasteArgdown(store, text, pastePosition());
      pasteClipboard(store, { json, text }, json ? undefined : pastePosition());
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [pastePosition, store]);
}
