/**
 * The `log` port: one line per thing that happened in main, for a person to send when something
 * goes wrong. Anyone in main may call it: `log.info('store.saved', { seq: 12 })`.
 *
 * What may be logged: event names, ids (account ids are random UUIDs), counts, codes, hosts and
 * paths. Never an e-mail address, an account's label or text from a page: pass ids, not objects.
 * As a second line of defence every value is cleaned: e-mail addresses are replaced, the home
 * folder is shortened to `~`, long texts are cut. The log stays on this computer
 * (`src/main/log/file-log.ts`); nothing is ever sent anywhere.
 */

/** A value in a log line. */
export type LogValue = string | number | boolean | null;
/** The details of a log line. */
export type LogFields = Readonly<Record<string, LogValue>>;
/** How serious a line is. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Where lines go (the log file; a list in tests). */
export interface LogSink {
  write(level: LogLevel, line: string): void;
}

/** The port. */
export interface Log {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const EMAIL = /[^\s@"'<>()[\]{},;:]+@[^\s@"'<>()[\]{},;:]+\.[^\s@"'<>()[\]{},;:]+/g;
const MAX_VALUE = 300;

let home = '';
let sink: LogSink | null = null;
const early: [LogLevel, string][] = [];

/** Sets the home folder that paths are shortened from (main sets it at start-up). */
export function setLogHome(folder: string): void {
  home = folder;
}

/** Cleans one text value: no e-mail address, no home folder, at most 300 characters. */
export function cleanValue(value: string): string {
  let text = value.replace(EMAIL, '<e-mail>');
  if (home.length > 1) text = text.split(home).join('~');
  text = text.replace(/[\r\n\t]+/g, ' ');
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** One line: `event key=value key="a value"`. */
export function formatLine(event: string, fields: LogFields = {}): string {
  const parts = [cleanValue(event)];
  for (const [key, value] of Object.entries(fields)) {
    const text = typeof value === 'string' ? cleanValue(value) : String(value);
    parts.push(`${key}=${/^[\w./:~<>@+-]*$/.test(text) && text !== '' ? text : JSON.stringify(text)}`);
  }
  return parts.join(' ');
}

/** What an error says, fit for the log: its code and message, cleaned. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { error: typeof code === 'string' ? code : error.name, message: error.message };
  }
  return { error: String(error) };
}

/** Sends lines to `next` (lines logged before any sink was set are written first); null stops logging. */
export function setLogSink(next: LogSink | null): void {
  sink = next;
  if (next === null) return;
  for (const [level, line] of early.splice(0)) next.write(level, line);
}

function write(level: LogLevel, event: string, fields?: LogFields): void {
  const line = formatLine(event, fields);
  if (sink === null) {
    if (early.length < 500) early.push([level, line]);
    return;
  }
  try {
    sink.write(level, line);
  } catch {
    // A log that cannot be written must never break what it describes.
  }
}

/** The app's log. */
export const log: Log = {
  info: (event, fields) => write('info', event, fields),
  warn: (event, fields) => write('warn', event, fields),
  error: (event, fields) => write('error', event, fields),
};
