import { lazySchema } from '../schema/lazySchema';
import { fieldSchema, recordSchema } from '../schema/recordSchema';
import { exportOptionsRecord, exportScopeRecord } from './exportOptions';

// The zod schemas of the export options and the scope, read off their declarations in
// exportOptions.ts and built on first use: the IPC contract checks every request with them; the
// command line checks its options plainly and imports this module only to word a problem.
export const exportScopeSchema = lazySchema(() => fieldSchema(exportScopeRecord));
export const exportOptionsSchema = lazySchema(() => recordSchema(exportOptionsRecord));
