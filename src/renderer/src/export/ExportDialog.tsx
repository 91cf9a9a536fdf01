import { isDeckFormat } from '../../../shared/formats/formatRegistry';
import { setStoryline } from '../../../shared/commands/storylineCommands';
import { storylineToPlay } from '../../../shared/storyline/deckStoryline';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FileProblem } from '../../../shared/ipc/fileProblem';
import {
  choicesOf,
  DEFAULT_EXPORT_CHOICES,
  optionsFrom,
  scopeFor,
  type ScopeKind,
} from '../../../shared/ipc/exportContract';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import { host } from '../host/argmapHost';
import { ModalDialog } from '../ui/ModalDialog';
import { useEditor, useEditorStore } from '../store/useEditor';
import { scopeChoices } from './exportModel';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportPreviewPane } from './ExportPreviewPane';
import { closeExportDialog } from './openExportDialog';
import { useExportPreview } from './useExportPreview';
import './exportDialog.css';

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** File › Export…, once it is open: the map and selection as they were when it opened. */
export function ExportDialog() {
  const open = useEditor((state) => state.session.exportOpen);
  const map = useEditor((state) => state.document);
  if (!open || !map) return null;
  return <ExportDialogBody map={map} />;
}

function ExportDialogBody({ map }: { map: ArgumentMap }) {
  const store = useEditorStore();
  // The selection the dialog opened with: it cannot change while the dialog is open.
  const [selected] = useState<readonly NodeId[]>(() => [...store.getState().session.selected]);
  const [options, setOptions] = useState<ExportOptions | null>(null);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const scopes = useMemo(() => scopeChoices(map, selected), [map, selected]);
  const { preview, busy } = useExportPreview(map, options);
  const close = (): void => closeExportDialog(store);

  // The choices last used for this map, applied to what is selected now.
  useEffect(() => {
    let current = true;
    host()
      .getExportChoices()
      .catch(() => DEFAULT_EXPORT_CHOICES)
      .then((choices) => {
        if (current) setOptions(optionsFrom(choices, selected));
      });
    return () => {
      current = false;
    };
  }, [selected]);

  useEffect(() => {
    if (options) exportButton.current?.focus();
    // Focus once, when the remembered choices arrive; later changes leave the focus where the user is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options === null]);

  const change = (next: Partial<ExportOptions>): void => {
    setProblem(null);
    setOptions((previous) => (previous ? { ...previous, ...next } : previous));
  };

  const runExport = async (): Promise<void> => {
    if (!options || exporting) return;
    setExporting(true);
    setProblem(null);
    // Remembered as soon as the user commits to them, even if the save dialog is then cancelled.
    void host()
      .setExportChoices(choicesOf(options))
      .catch(() => undefined);
    try {
      // A deck of a map without a storyline: the storyline is generated into the map first (one undo
      // step, to edit afterwards), as F5 does; main's note says so.
      let exported = map;
      const generated: string[] = [];
      if (isDeckFormat(options.format) && Object.keys(map.nodes).length > 0) {
        const played = storylineToPlay(map);
        if (played.generatedNote && store.run(setStoryline, { steps: played.steps })) {
          exported = store.getState().document ?? map;
          generated.push(played.generatedNote);
        }
      }
      const outcome = await host().exportToFile({ map: exported, options });
      if (outcome.outcome === 'saved') {
        close();
        store.notify([`Exported ${outcome.fileName}.`, ...generated, ...outcome.notes].join(' '));
        return;
      }
      if (outcome.outcome === 'problem') setProblem(outcome.problem);
    } catch (error) {
      setProblem({ title: 'Could not export the map.', message: describe(error) });
    }
    setExporting(false);
    exportButton.current?.focus();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void runExport();
  };
  // Enter exports from any field (radio buttons and checkboxes do not submit a form by themselves).
  const enterExports = (event: KeyboardEvent<HTMLFormElement>): void => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.defaultPrevented || target.closest('button, select, pre')) return;
    event.preventDefault();
    void runExport();
  };

  const title = map.meta.title.trim() || 'Untitled map';
  return (
    <ModalDialog labelledBy="export-title" className="export-dialog" onEscape={close}>
      <form className="export-dialog__form" onSubmit={submit} onKeyDown={enterExports} noValidate>
        <header className="export-dialog__header">
          <div className="export-dialog__heading">
            <h2 id="export-title" className="dialog__title">
              Export
            </h2>
            <span className="export-dialog__map" title={title}>
              {title}
            </span>
          </div>
          <button type="button" className="export-dialog__close" aria-label="Close" title="Close (Esc)" onClick={close}>
            <span aria-hidden>×</span>
          </button>
        </header>
        <div className="export-dialog__body">
          {options ? (
            <ExportOptionsForm
              options={options}
              scopes={scopes}
              onChange={change}
              onScope={(kind: ScopeKind) => change({ scope: scopeFor(kind, selected) })}
            />
          ) : (
            <div className="export-options" />
          )}
          {options && <ExportPreviewPane options={options} preview={preview} busy={busy} />}
        </div>
        <footer className="export-dialog__footer">
          <div className="export-dialog__status" role={problem ? 'alert' : 'status'}>
            {problem && (
              <span className="export-dialog__problem">
                <strong>{problem.title}</strong> {problem.message}
              </span>
            )}
            {!problem && exporting && (
              <span className="export-busy">
                <span className="spinner" aria-hidden /> Exporting…
              </span>
            )}
          </div>
          <button type="button" className="button" onClick={close} disabled={exporting}>
            Cancel
          </button>
          <button ref={exportButton} type="submit" className="button button--primary" disabled={!options || exporting}>
            Export…
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
