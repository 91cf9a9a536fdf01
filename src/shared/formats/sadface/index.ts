/** SADFace JSON import and export (the Simple Argument Description Format): pure functions, no I/O. */
export { importSadface, type SadfaceImportOptions } from './importSadface';
export { exportSadface } from './exportSadface';
