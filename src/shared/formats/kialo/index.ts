/** Kialo discussions in Kialo's plain-text export: import, and the same text written back. Pure functions, no I/O. */
export { importKialo, type KialoImportOptions } from './importKialo';
export { exportKialo } from './exportKialo';
