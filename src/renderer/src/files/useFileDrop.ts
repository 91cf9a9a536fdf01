import { useEffect } from 'react';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

/**
 * A file dragged over the window shows the copy cursor. The drop itself is left to Chromium: it navigates to the
 * file, main refuses that navigation and opens the file (security.ts). The page never names a path to main.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    window.addEventListener('dragover', onDragOver);
    return () => window.removeEventListener('dragover', onDragOver);
  }, []);
}
