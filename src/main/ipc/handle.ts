/**
 * The only file in main that touches `ipcMain` and `webContents.send`. Every handler is registered
 * through `handle()`, which refuses senders that are not our own windows and checks the argument
 * against the contract's schema before the handler sees it.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { argSchemas, type EventChannel, type EventContract, type InvokeChannel, type InvokeContract } from '@shared/ipc/contract';
import { check } from '@shared/validate';
import { isAppUrl } from '../app-protocol';
import { log } from '../log/log';

const trusted = new Set<WebContents>();

/** Lets a window of ours call the api; forgotten when its contents are destroyed. */
export function trustWebContents(contents: WebContents): void {
  trusted.add(contents);
  contents.once('destroyed', () => trusted.delete(contents));
}

/** True when the message comes from the top frame of one of our windows, showing our own page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  if (!trusted.has(event.sender)) return false;
  const frame = event.senderFrame;
  if (frame?.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Who called: the WebContents of the window, for handlers that act on it. */
export interface Caller {
  readonly contents: WebContents;
}

/** Registers the handler of `channel`. A bad sender or argument is refused with an error. */
export function handle<C extends InvokeChannel>(
  channel: C,
  handler: (arg: InvokeContract[C]['arg'], caller: Caller) => InvokeContract[C]['result'] | Promise<InvokeContract[C]['result']>,
): void {
  ipcMain.removeHandler(channel);
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!isTrustedSender(event)) {
      log.warn('ipc.refused', { channel, reason: 'sender' });
      throw new Error(`Refused ${channel}: the sender is not an Objector window.`);
    }
    if (args.length > 1) {
      log.warn('ipc.refused', { channel, reason: 'arguments' });
      throw new Error(`Refused ${channel}: expected at most one argument.`);
    }
    const checked = check(argSchemas[channel], args[0], 'argument');
    if (!checked.ok) {
      // The paths of the problems only: the values may be what the person typed.
      log.warn('ipc.refused', { channel, reason: 'argument', problems: checked.errors.length });
      throw new Error(`Refused ${channel}: ${checked.errors.join('; ')}`);
    }
    return handler(checked.value, { contents: event.sender });
  });
}

/** Sends an event to one window. */
export function sendTo<E extends EventChannel>(contents: WebContents, channel: E, payload: EventContract[E]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

/** Sends an event to every window of ours. */
export function broadcast<E extends EventChannel>(channel: E, payload: EventContract[E]): void {
  for (const contents of trusted) sendTo(contents, channel, payload);
}
