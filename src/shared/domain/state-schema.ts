/**
 * The schema of everything the app persists, as a run-time check: the store file at start-up and
 * the import file both go through these schemas before anything reaches the state. Beyond shapes it
 * checks the links between records (no duplicate ids, no event or proof of an unknown account, no
 * account in an unknown group), so a state that passes is one the reducer and the UI can trust.
 */
import type { Account, AccountGroup, AppState, EvidenceFile, EvidenceRecord, ProgressEvent, Settings } from './types';
import type { ListChange, StateChange } from './state-change';
import { EVIDENCE_FILE_KINDS, LOCALES } from './types';
import { fastArray, fastObject } from './fast-schema';
import {
  array,
  boolean,
  check,
  email,
  isoInstant,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  tagged,
  uuid,
  refused,
  type Checked,
  type Schema,
} from '../validate';
import { englishProblem, type Problem } from '../problems';

/** The version of the store file this build writes; migrations bring older files up to it. */
export const CURRENT_SCHEMA_VERSION = 4;

/** The store file as written: the state plus its schema version. */
export type StoredDocument = { readonly schemaVersion: typeof CURRENT_SCHEMA_VERSION } & AppState;

/**
 * Limits that keep a hostile or broken file from exhausting memory. The reducer refuses an action
 * past them (`limit-reached`), so the app never keeps a state that it could not load again.
 */
export const STATE_LIMITS = { accounts: 10_000, groups: 10_000, events: 1_000_000, evidence: 100_000, remindersSent: 10_000 } as const;

/**
 * The most the app keeps: the store's file of the state, written compactly, in characters (48 Mi;
 * 1,000 accounts with 20,000 events take about 4 Mi). The desktop store refuses to save an action
 * past it (`limit-reached`), and import reads every export of a state this large (`MAX_IMPORT_CHARS`).
 */
export const MAX_STATE_CHARS = 48 * 1024 * 1024;

/** A campaign id as the catalog spells it: lower-case words joined by dashes. */
export const campaignIdSchema: Schema<string> = string({
  max: 80,
  pattern: /^[a-z0-9][a-z0-9-]*$/,
  patternMessage: 'must be a campaign id',
  form: 'campaign-id',
});

/**
 * A platform id as the catalog spells it. Not checked against one catalog: an account made under a
 * newer catalog stays valid (and is shown by its id) if that catalog is ever refused.
 */
export const platformIdSchema: Schema<string> = string({
  max: 64,
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  patternMessage: 'must be a platform id like facebook',
});

/** One account. */
export const accountSchema: Schema<Account> = fastObject({
  id: uuid(),
  platform: platformIdSchema,
  label: string({ max: 120 }),
  email: nullable(email()),
  groupId: nullable(uuid()),
  campaignIds: fastArray(campaignIdSchema, { max: 50 }),
  createdAt: isoInstant(),
});

/** One Accounts Center group. */
export const groupSchema: Schema<AccountGroup> = fastObject({ id: uuid(), name: string({ max: 80 }) });

/** A target id as the catalog spells it (the same shape as campaign ids). */
export const targetIdSchema: Schema<string> = string({
  max: 64,
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  patternMessage: 'must be a target id',
});

const base = { id: uuid(), accountId: uuid(), campaignId: campaignIdSchema, targetId: optional(targetIdSchema), at: isoInstant() };
const pageUrl = string({ max: 8192 });
const personSource = oneOf(['person', 'detected']);

/** One progress event of any known kind. */
export const progressEventSchema: Schema<ProgressEvent> = tagged({
  'form-opened': fastObject({ ...base, kind: oneOf(['form-opened']) }),
  submitted: fastObject({ ...base, kind: oneOf(['submitted']), source: personSource }),
  'confirmed-on-page': fastObject({ ...base, kind: oneOf(['confirmed-on-page']), url: pageUrl }),
  'confirmed-by-email': fastObject({ ...base, kind: oneOf(['confirmed-by-email']) }),
  'evidence-saved': fastObject({ ...base, kind: oneOf(['evidence-saved']), evidenceId: uuid() }),
  'marked-not-applicable': fastObject({ ...base, kind: oneOf(['marked-not-applicable']), reason: string({ min: 0, max: 500 }) }),
  reopened: fastObject({ ...base, kind: oneOf(['reopened']) }),
  rechecked: fastObject({ ...base, kind: oneOf(['rechecked']), source: personSource }),
  'platform-refused': fastObject({ ...base, kind: oneOf(['platform-refused']), note: string({ min: 0, max: 2000 }) }),
  'no-answer': fastObject({ ...base, kind: oneOf(['no-answer']) }),
  'complaint-filed': fastObject({
    ...base,
    kind: oneOf(['complaint-filed']),
    authorityId: string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternMessage: 'must be an authority id' }),
  }),
});

const evidenceFileSchema: Schema<EvidenceFile> = fastObject({
  kind: oneOf(EVIDENCE_FILE_KINDS),
  name: string({ max: 200, pattern: /^[A-Za-z0-9._-]+$/, patternMessage: 'must be a plain file name', form: 'file-name' }),
  sha256: string({
    min: 64,
    max: 64,
    pattern: /^[0-9a-f]{64}$/,
    patternMessage: 'must be a SHA-256 hash (64 hexadecimal characters)',
    form: 'sha256',
  }),
  bytes: number({ integer: true, min: 0 }),
});

const emailCheckSchema = object({
  from: string({ min: 0, max: 500 }),
  subject: string({ min: 0, max: 1000 }),
  sentAt: nullable(isoInstant()),
  senderRecognised: boolean(),
  confirms: boolean(),
});

/** One saved proof, with the hash of each of its files. */
export const evidenceRecordSchema: Schema<EvidenceRecord> = fastObject({
  id: uuid(),
  accountId: uuid(),
  campaignId: campaignIdSchema,
  targetId: optional(targetIdSchema),
  origin: oneOf(['page', 'email', 'file']),
  url: string({ min: 0, max: 8192 }),
  savedAt: isoInstant(),
  zone: string({ max: 100 }),
  files: fastArray(evidenceFileSchema, { max: 20 }),
  email: optional(emailCheckSchema),
});

const instant = isoInstant();
/** A pause: an instant, "forever", or nothing. */
const pausedUntilSchema: Schema<string | null> = {
  expected: 'a date and time, "forever" or nothing',
  run: (input, path, ctx) => (input === null || input === 'forever' ? input : instant.run(input, path, ctx)),
};

/** The person's settings, every field required. */
export const settingsSchema: Schema<Settings> = fastObject({
  locale: oneOf([...LOCALES, 'system']),
  theme: oneOf(['system', 'light', 'dark']),
  remindersEnabled: boolean(),
  remindersPausedUntil: pausedUntilSchema,
  startAtLogin: boolean(),
  onboardingDone: boolean(),
  catalogUpdates: oneOf(['ask', 'allowed', 'refused']),
  appUpdates: oneOf(['ask', 'allowed', 'refused']),
  recheckReminders: boolean(),
  country: nullable(string({ min: 2, max: 2, pattern: /^[A-Z]{2}$/, patternMessage: 'must be a two-letter country code like FR' })),
});

/** The parts of the state that are lists, each checked on its own. */
export const stateFields = {
  accounts: fastArray(accountSchema, { max: STATE_LIMITS.accounts }),
  groups: fastArray(groupSchema, { max: STATE_LIMITS.groups }),
  events: fastArray(progressEventSchema, { max: STATE_LIMITS.events }),
  evidence: fastArray(evidenceRecordSchema, { max: STATE_LIMITS.evidence }),
  settings: settingsSchema,
};

const storedDocumentSchema = object({
  schemaVersion: oneOf([CURRENT_SCHEMA_VERSION]),
  ...stateFields,
  remindersSent: array(string({ max: 200 }), { max: STATE_LIMITS.remindersSent }),
});

/** What the link check needs: the records that carry ids and references. */
export type Linked = Pick<AppState, 'accounts' | 'groups' | 'events' | 'evidence'>;

function duplicates(items: readonly { readonly id: string }[], path: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const id = (items[index] as { readonly id: string }).id;
    if (seen.has(id)) problems.push({ path: `${path}[${index}].id`, code: 'duplicate-id', id });
    seen.add(id);
  }
  return seen;
}

/**
 * Every broken link between records: duplicate ids, and accounts, groups or proof referred to but
 * not there. The reducer keeps these links intact (removing an account removes its events and proof).
 */
export function referenceProblems(state: Linked): Problem[] {
  const problems: Problem[] = [];
  const accounts = duplicates(state.accounts, 'accounts', problems);
  const groups = duplicates(state.groups, 'groups', problems);
  duplicates(state.events, 'events', problems);
  const proofs = duplicates(state.evidence, 'evidence', problems);
  state.accounts.forEach((account, index) => {
    if (account.groupId !== null && !groups.has(account.groupId))
      problems.push({ path: `accounts[${index}].groupId`, code: 'unknown-group' });
  });
  state.events.forEach((event, index) => {
    if (!accounts.has(event.accountId)) problems.push({ path: `events[${index}].accountId`, code: 'unknown-account' });
    if (event.kind === 'evidence-saved' && !proofs.has(event.evidenceId))
      problems.push({ path: `events[${index}].evidenceId`, code: 'unknown-proof' });
  });
  state.evidence.forEach((record, index) => {
    if (!accounts.has(record.accountId)) problems.push({ path: `evidence[${index}].accountId`, code: 'unknown-account' });
  });
  return problems.length > 100 ? [...problems.slice(0, 100), { path: '', code: 'more-problems' }] : problems;
}

/** The English of `referenceProblems` (for logs and tests). */
export function referenceErrors(state: Linked): string[] {
  return referenceProblems(state).map(englishProblem);
}

/** Checks a parsed store document of the current version and returns the state it holds. */
export function parseStoredState(json: unknown): Checked<AppState> {
  const checked = check(storedDocumentSchema, json);
  if (!checked.ok) return checked;
  const { schemaVersion: _version, ...state } = checked.value;
  const problems = referenceProblems(state);
  return problems.length > 0 ? refused(problems) : { ok: true, value: state };
}

/** The document the store writes for `state`. */
export function toStoredDocument(state: AppState): StoredDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, ...state };
}

const ID_LIST_MAX = STATE_LIMITS.events;

function listChangeSchema<T>(item: Schema<T>, max: number): Schema<ListChange<T>> {
  const all = object({ all: fastArray(item, { max }) });
  const edit = object({
    remove: fastArray(uuid(), { max: ID_LIST_MAX }),
    replace: fastArray(item, { max }),
    append: fastArray(item, { max }),
  });
  return {
    expected: 'a change of a list',
    run: (input, path, ctx) =>
      typeof input === 'object' && input !== null && Object.hasOwn(input, 'all') ? all.run(input, path, ctx) : edit.run(input, path, ctx),
  };
}

/** One journal line's change (see state-change.ts): every record in it is checked like the records of the file. */
export const stateChangeSchema: Schema<StateChange> = object({
  accounts: optional(listChangeSchema(accountSchema, STATE_LIMITS.accounts)),
  groups: optional(listChangeSchema(groupSchema, STATE_LIMITS.groups)),
  events: optional(listChangeSchema(progressEventSchema, STATE_LIMITS.events)),
  evidence: optional(listChangeSchema(evidenceRecordSchema, STATE_LIMITS.evidence)),
  settings: optional(settingsSchema),
  remindersSent: optional(array(string({ max: 200 }), { max: STATE_LIMITS.remindersSent })),
});

/** Checks a state put together from a snapshot and journal lines: the list limits and the links between records. */
export function stateErrors(state: AppState): string[] {
  const errors: string[] = [];
  for (const key of ['accounts', 'groups', 'events', 'evidence', 'remindersSent'] as const) {
    if (state[key].length > STATE_LIMITS[key]) errors.push(`${key}: must have at most ${STATE_LIMITS[key]} items`);
  }
  return [...errors, ...referenceErrors(state)];
}
