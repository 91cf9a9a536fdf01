import { useEffect } from 'react';
import type { Position } from '../../../shared/model/argumentMap';
import { FRAGMENT_MIME } from '../../../shared/clipboard/clipboardFormats';
import type { EditorStore } from '../store/editorStore';
import { copySelection, cutSelection, pasteClipboard } from '../store/clipboardActions';
import { isEditingText } from '../useEditorCommands';

/**
 * Cut, copy and paste of nodes through the system clipboard (Ctrl+X/C/V and the
 * Edit menu, whose roles raise these same events): map JSON for our own windows,
 * a plain-text outline for other apps; pasted text lines become nodes.
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
