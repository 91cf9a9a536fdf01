import { INVOKE_CHANNELS, type InvokeChannel } from './channels';
import { invokeContract, type InvokeHandlers } from './contract';
import { formatPath } from '../schema/argumentMapSchema';

/** A request that does not match the contract. Main rejects it before any handler runs. */
export class ContractError extends Error {
  override name = 'ContractError';
}

const isInvokeChannel = (channel: string): channel is InvokeChannel =>
  (INVOKE_CHANNELS as readonly string[]).includes(channel);

/**
 * Validates a request against the contract and runs its handler. Used by main's
 * ipcMain.handle and by the e2e stand-in, so both enforce the same rules.
 */
export async function dispatch(handlers: InvokeHandlers, channel: string, payload: unknown): Promise<unknown> {
  if (!isInvokeChannel(channel)) throw new ContractError(`Unknown channel "${channel}"`);
  const parsed = invokeContract[channel].request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContractError(`Invalid request for "${channel}" at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
  return handler(parsed.data);
}
