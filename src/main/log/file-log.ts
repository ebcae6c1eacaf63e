/**
 * The log file: electron-log's file transport (its Node entry, which registers no IPC), in the
 * system's log folder for the app (`app.getPath('logs')`), rotated at 1 MB (`main.log`, then
 * `main.old.log`). Nothing is sent anywhere: the remote transport is never given an address.
 */
import { app } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { setLogHome, setLogSink } from './log';

/** The folder of the log file. */
export function logFolder(): string {
  return app.getPath('logs');
}

/** Starts writing the log file; lines logged before are written first. */
export function setupFileLog(folder = logFolder()): void {
  setLogHome(homedir());
  const file = electronLog.transports.file;
  file.resolvePathFn = () => join(folder, 'main.log');
  file.maxSize = 1024 * 1024;
  file.format = '{y}-{m}-{d}T{h}:{i}:{s}.{ms}{z} [{level}] {text}';
  electronLog.transports.console.level = process.env.OBJECTOR_LOG_CONSOLE === '1' ? 'info' : false;
  electronLog.transports.remote.level = false;
  // Under Electron the Node entry also has an IPC transport (to DevTools of every window): off.
  const ipc = (electronLog.transports as { ipc?: { level: false | string } }).ipc;
  if (ipc !== undefined) ipc.level = false;
  setLogSink({ write: (level, line) => electronLog[level](line) });
}
