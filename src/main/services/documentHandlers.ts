import { basename, join } from 'node:path';
import type { EditState, InvokeHandlers, OpenedDocument } from '../../shared/ipc/contract';
import { readMapFile } from './mapFiles';

export const SAMPLE_FILE_NAME = 'kazakhstan-mediator.argmap';

export interface HandlerContext {
  /** The folder holding `examples/` (the app's resources). */
  resourcesDir: string;
  /** A map file named on the command line, opened instead of the sample. */
  initialFile?: string;
  /** Called when the renderer's undo/redo labels or selection change (main rebuilds its Edit menu). */
  onEditState?: (state: EditState) => void;
}

export const samplePath = (resourcesDir: string): string => join(resourcesDir, 'examples', SAMPLE_FILE_NAME);

/** Reads a map file into what the renderer shows: its name and the load result. */
export async function openMapDocument(path: string, isSample = false): Promise<OpenedDocument> {
  return { name: basename(path), isSample, result: await readMapFile(path) };
}

/**
 * The main-process side of the contract. No Electron here: main registers
 * these with ipcMain, and the e2e harness binds the very same functions.
 */
export function createHandlers(context: HandlerContext): InvokeHandlers {
  const openSample = (): Promise<OpenedDocument> => openMapDocument(samplePath(context.resourcesDir), true);
  return {
    getInitialDocument: async () => (context.initialFile ? openMapDocument(context.initialFile) : openSample()),
    openSample,
    setEditState: async (state) => context.onEditState?.(state),
  };
}
