import { describe, expect, it, vi } from 'vitest';
import { ContractError, dispatch } from './dispatch';
import type { InvokeHandlers, OpenedDocument } from './contract';
import { DEFAULT_EXPORT_CHOICES } from './exportContract';

const opened: OpenedDocument = {
  name: 'x.argmap',
  isSample: false,
  result: { ok: false, reason: 'io-error', message: 'gone' },
};

function handlers(): InvokeHandlers {
  return {
    getInitialDocument: vi.fn(async () => opened),
    setEditState: vi.fn(async () => undefined),
    runFileCommand: vi.fn(async () => undefined),
    provideDocument: vi.fn(async () => undefined),
    storeRecovery: vi.fn(async () => undefined),
    listRecoveries: vi.fn(async () => []),
    answerRecovery: vi.fn(async () => undefined),
    answerDiskChange: vi.fn(async () => undefined),
    importText: vi.fn(async () => ({ ok: false as const, message: 'not here' })),
    previewExport: vi.fn(async () => ({ ok: true, kind: 'text', text: '' }) as const),
    exportToFile: vi.fn(async () => ({ outcome: 'cancelled' }) as const),
    copyExport: vi.fn(async () => ({ ok: true as const, notes: [] })),
    getExportChoices: vi.fn(async () => DEFAULT_EXPORT_CHOICES),
    setExportChoices: vi.fn(async () => undefined),
    openPresenterView: vi.fn(async () => undefined),
    syncPresentation: vi.fn(async () => undefined),
  };
}

describe('dispatch', () => {
  it('runs the handler of a valid request', async () => {
    const h = handlers();
    await expect(dispatch(h, 'getInitialDocument', undefined)).resolves.toBe(opened);
    expect(h.getInitialDocument).toHaveBeenCalledOnce();
  });

  it('rejects an unknown channel before any handler runs', async () => {
    const h = handlers();
    await expect(dispatch(h, 'deleteEverything', undefined)).rejects.toThrow(ContractError);
    await expect(dispatch(h, 'deleteEverything', undefined)).rejects.toThrow('Unknown channel "deleteEverything"');
  });

  it('rejects a payload that does not match the contract, without calling the handler', async () => {
    const h = handlers();
    await expect(dispatch(h, 'getInitialDocument', { path: '/etc/passwd' })).rejects.toThrow(
      /Invalid request for "getInitialDocument"/,
    );
    expect(h.getInitialDocument).not.toHaveBeenCalled();
  });
});
