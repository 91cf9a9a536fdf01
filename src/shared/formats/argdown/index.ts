/** Argdown import and export: pure functions on text and maps, no I/O. */
export { importArgdown, type ArgdownImportOptions } from './argdownImport';
export { exportArgdown } from './argdownExport';
