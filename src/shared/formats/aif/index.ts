/** AIF JSON import and export (AIFdb nodesets and OVA3 saves): pure functions, no I/O. */
export { importAif, type AifImportOptions } from './importAif';
export { exportAif } from './exportAif';
