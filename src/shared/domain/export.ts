/**
 * The export file: one versioned JSON document with the person's accounts, groups, events,
 * settings and proof records (each file listed by its SHA-256). Import checks the whole document
 * (size, nesting, JSON, version, every field, every link between records) before anything changes,
 * and explains each problem (as codes the import screen translates, and in English); it never throws.
 *
 * Formats: 1 (store version 3's records and settings); 2 (current: store version 4's). A format 1
 * file is checked against its own shape, then migrated exactly as the store file is.
 */
import type { AccountGroup, Account, AppState, EvidenceRecord, ProgressEvent, Settings } from './types';
import { MAX_STATE_CHARS, referenceProblems, STATE_LIMITS, stateFields } from './state-schema';
import { parseJson, type JsonLimits } from './safe-json';
import { v3EvidenceSchema, v3SettingsSchema, v4Evidence, v4Settings } from './migrations';
import { array, check, isoInstant, object, oneOf, refused, type Checked } from '../validate';
import type { Problem, ProblemDetail } from '../problems';

/** The `format` field that marks an Objector export. */
export const EXPORT_FORMAT = 'objector-export';
/** The export format version this build writes and reads. */
export const EXPORT_VERSION = 2;

/** An export file, as written and as read back. */
export interface ExportDocument {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO 8601 instant of the export. */
  readonly exportedAt: string;
  readonly accounts: readonly Account[];
  readonly groups: readonly AccountGroup[];
  readonly events: readonly ProgressEvent[];
  readonly settings: Settings;
  readonly evidence: readonly EvidenceRecord[];
}

/** Characters an export adds per record besides the record itself: a new line, four spaces, a comma. */
const PER_RECORD = 6;

/**
 * The largest export file read, in characters: everything the app itself can export. An export
 * holds the same records as the store's snapshot (each written as `JSON.stringify` writes it), at
 * most `MAX_STATE_CHARS` of them together, plus `PER_RECORD` characters for each of at most
 * `STATE_LIMITS` records and a small envelope (tests/unit/shared/export.test.ts checks a state at
 * the limit).
 */
export const MAX_IMPORT_CHARS =
  MAX_STATE_CHARS + PER_RECORD * (STATE_LIMITS.accounts + STATE_LIMITS.groups + STATE_LIMITS.events + STATE_LIMITS.evidence) + 64 * 1024;

/** The JSON limits of an import file. */
export const IMPORT_JSON_LIMITS: JsonLimits = { maxChars: MAX_IMPORT_CHARS, maxDepth: 64 };

/**
 * The outcome of reading an export file: the document, or every problem found, in English
 * (`errors`, e.g. "accounts[0].email: must be an e-mail address like name@example.com") and as
 * structured problems (`problems`: path, code and values) for a translated message.
 */
export type ParsedExport =
  | { readonly ok: true; readonly value: ExportDocument }
  | { readonly ok: false; readonly errors: string[]; readonly problems: readonly Problem[] };

const exportSchema = object({
  format: oneOf([EXPORT_FORMAT]),
  version: oneOf([EXPORT_VERSION]),
  exportedAt: isoInstant(),
  ...stateFields,
});

/** Format 1, as earlier versions of the app wrote it. Its events are a subset of today's. */
const exportV1Schema = object({
  format: oneOf([EXPORT_FORMAT]),
  version: oneOf([1]),
  exportedAt: isoInstant(),
  accounts: stateFields.accounts,
  groups: stateFields.groups,
  events: stateFields.events,
  settings: v3SettingsSchema,
  evidence: array(v3EvidenceSchema, { max: 100_000 }),
});

function readDocument(doc: unknown): Checked<ExportDocument> {
  if ((doc as Record<string, unknown>).version !== 1) return check(exportSchema, doc);
  const old = check(exportV1Schema, doc);
  if (!old.ok) return old;
  return {
    ok: true,
    value: {
      ...old.value,
      version: EXPORT_VERSION,
      settings: v4Settings(old.value.settings),
      evidence: old.value.evidence.map(v4Evidence),
    },
  };
}

/** The export document of `state`; `exportedAt` should come from the app's clock. */
export function exportDocument(state: AppState, exportedAt: Date): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    accounts: state.accounts,
    groups: state.groups,
    events: state.events,
    settings: state.settings,
    evidence: state.evidence,
  };
}

function list(records: readonly unknown[]): string {
  return records.length === 0 ? '[]' : `[\n${records.map((record) => `    ${JSON.stringify(record)}`).join(',\n')}\n  ]`;
}

/**
 * The export file's text for `state`: one record per line, so it stays readable and is never much
 * larger than the store's own file (see `MAX_IMPORT_CHARS`). Pass the app clock's time as
 * `exportedAt`; the default (the current time) is for callers outside the app, such as conformance checks.
 */
export function serializeExport(state: AppState, exportedAt: Date = new Date()): string {
  const doc = exportDocument(state, exportedAt);
  return [
    '{',
    `  "format": ${JSON.stringify(doc.format)},`,
    `  "version": ${doc.version},`,
    `  "exportedAt": ${JSON.stringify(doc.exportedAt)},`,
    `  "accounts": ${list(doc.accounts)},`,
    `  "groups": ${list(doc.groups)},`,
    `  "events": ${list(doc.events)},`,
    `  "settings": ${JSON.stringify(doc.settings)},`,
    `  "evidence": ${list(doc.evidence)}`,
    '}',
    '',
  ].join('\n');
}

const refuse = (problems: readonly Problem[]): ParsedExport => refused(problems);
const whole = (problem: ProblemDetail): ParsedExport => refuse([{ path: '', ...problem }]);

function envelopeProblem(doc: unknown): ProblemDetail | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { code: 'not-export-object' };
  const { format, version } = doc as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return { code: 'not-export', expected: EXPORT_FORMAT };
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return { code: 'export-too-new', version, supported: EXPORT_VERSION };
  }
  if (version !== EXPORT_VERSION && version !== 1) return { code: 'export-version', readable: [1, EXPORT_VERSION] };
  return null;
}

function parseUnsafe(text: unknown): ParsedExport {
  if (typeof text !== 'string') return whole({ code: 'export-not-text' });
  const json = parseJson(text, IMPORT_JSON_LIMITS);
  if (!json.ok) return refuse(json.problems);
  const envelope = envelopeProblem(json.value);
  if (envelope !== null) return whole(envelope);
  const checked = readDocument(json.value);
  if (!checked.ok) return refuse(checked.problems);
  const links = referenceProblems(checked.value);
  if (links.length > 0) return refuse(links);
  return { ok: true, value: checked.value };
}

/** Reads an export file's text: the checked document, or every problem in readable words. Never throws. */
export function parseExport(text: string): ParsedExport {
  try {
    return parseUnsafe(text);
  } catch (error) {
    // A last guard: nothing above should throw, but an import must never crash the app.
    return whole({ code: 'file-unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** The state after importing `doc`: everything from the file, but the reminders already shown here. */
export function importedState(doc: ExportDocument, current: AppState): AppState {
  return {
    accounts: doc.accounts,
    groups: doc.groups,
    events: doc.events,
    evidence: doc.evidence,
    settings: doc.settings,
    remindersSent: current.remindersSent,
  };
}
