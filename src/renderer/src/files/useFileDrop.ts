import { useEffect } from 'react';
import { host } from '../host/argmapHost';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

/**
 * A map file dropped anywhere on the window opens (after the usual question about unsaved
 * changes). Without this, the drop would be refused as a navigation and nothing would happen.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      const file = event.dataTransfer?.files[0];
      if (!carriesFiles(event) || !file) return;
      event.preventDefault();
      // A file without a path (dragged out of a browser or an archive) cannot be opened by main.
      const path = host().pathForFile(file);
      if (path)
        void host()
          .openDroppedFile(path)
          .catch(() => undefined);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
