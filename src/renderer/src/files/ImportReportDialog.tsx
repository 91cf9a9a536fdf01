import { useEffect, useRef } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { useEditor, useEditorStore } from '../store/useEditor';

/**
 * After an import (File › Import…, a dropped file, pasted Argdown): what the other format had that the
 * map could only approximate or could not keep, so nobody discovers a loss later. A lossless import
 * says so in a passing notice instead of a dialog to dismiss.
 */
export function ImportReportDialog() {
  const store = useEditorStore();
  const summary = useEditor((state) => state.importReport);
  const ok = useRef<HTMLButtonElement>(null);
  const lossless = summary !== null && summary.report.length === 0;

  useEffect(() => {
    if (!summary) return;
    if (lossless) {
      store.notify(`Imported ${summary.source} (${summary.formatLabel}): everything was carried over.`);
      store.showImportReport(null);
    } else ok.current?.focus();
  }, [store, summary, lossless]);

  if (!summary || lossless) return null;
  const dropped = summary.report.filter((line) => line.severity === 'dropped');
  const approximated = summary.report.filter((line) => line.severity === 'approximated');
  const close = (): void => store.showImportReport(null);
  return (
    <ModalDialog labelledBy="import-report-title" describedBy="import-report-text" wide onEscape={close}>
      <h2 id="import-report-title" className="dialog__title">
        Imported {summary.source}
      </h2>
      <p id="import-report-text" className="dialog__text">
        Read as {summary.formatLabel}. Some of it could not be carried over exactly:
      </p>
      {dropped.length > 0 && <ReportSection heading="Not carried over" lines={dropped} />}
      {approximated.length > 0 && <ReportSection heading="Carried over approximately" lines={approximated} />}
      <div className="dialog__actions">
        <button ref={ok} type="button" className="button button--primary" onClick={close}>
          OK
        </button>
      </div>
    </ModalDialog>
  );
}

function ReportSection({ heading, lines }: { heading: string; lines: { message: string }[] }) {
  return (
    <section className="import-report">
      <h3 className="import-report__heading">{heading}</h3>
      <ul className="import-report__list">
        {lines.map((line) => (
          <li key={line.message}>{line.message}</li>
        ))}
      </ul>
    </section>
  );
}
