/**
 * Pure migrations of the store file, from every schema version ever written to the current one.
 * Each step checks the old shape with its own schema, then rewrites it; the result is checked by
 * `parseStoredState`. A file from a newer version is refused, never downgraded silently.
 *
 * History of the store file:
 * - v1 (first release): settings flat at the top with `language` instead of `locale`; `email: ""`
 *   for none; the Accounts Center group as a name on each account; events without ids; X still
 *   called `twitter`; no record of reminders already shown.
 * - v2: settings grouped (`settings.locale`); groups with ids; event ids; `email: null`;
 *   `submitted.by: "me" | "app"`; reminders shown kept as a map from key to the time shown.
 * - v3: `submitted.source: "person" | "detected"`; reminders shown as a bounded list of
 *   keys; proof records (`evidence`) and `settings.startAtLogin`.
 * - v4 (current): platforms are catalog ids; events may name an extra `targetId`; new event kinds
 *   `rechecked`, `platform-refused`, `no-answer`, `complaint-filed`; proof records say their
 *   `origin` (`page` for every v3 record) and may carry an e-mail check; more proof file kinds;
 *   settings `catalogUpdates`, `appUpdates` (both "ask"), `recheckReminders` (on), `country` (none).
 */
import type { AppState, EvidenceRecord, Locale, Settings } from './types';
import { LOCALES } from './types';
import { DEFAULT_SETTINGS } from './defaults';
import { CURRENT_SCHEMA_VERSION, accountSchema, campaignIdSchema, groupSchema, parseStoredState } from './state-schema';
import {
  array,
  boolean,
  check,
  isoInstant,
  nullable,
  number,
  object,
  oneOf,
  record,
  string,
  tagged,
  uuid,
  refusedEnglish,
  type Checked,
  type Infer,
} from '../validate';

/** How many reminder keys v3 keeps (the reducer keeps the same number). */
const MAX_REMINDER_KEYS = 1000;

const theme = oneOf(['system', 'light', 'dark']);
const v1Base = { accountId: uuid(), campaignId: campaignIdSchema, at: isoInstant() };
const v1EventSchema = tagged({
  'form-opened': object({ ...v1Base, kind: oneOf(['form-opened']) }),
  submitted: object({ ...v1Base, kind: oneOf(['submitted']), by: oneOf(['me', 'app']) }),
  'confirmed-on-page': object({ ...v1Base, kind: oneOf(['confirmed-on-page']), url: string({ max: 8192 }) }),
  'confirmed-by-email': object({ ...v1Base, kind: oneOf(['confirmed-by-email']) }),
  'marked-not-applicable': object({ ...v1Base, kind: oneOf(['marked-not-applicable']), reason: string({ min: 0, max: 500 }) }),
  reopened: object({ ...v1Base, kind: oneOf(['reopened']) }),
});
const v1Schema = object({
  schemaVersion: oneOf([1]),
  language: string({ max: 20 }),
  theme,
  remindersEnabled: boolean(),
  remindersPausedUntil: nullable(isoInstant()),
  onboardingDone: boolean(),
  accounts: array(
    object({
      id: uuid(),
      // The platforms version 1 knew; X was still called Twitter.
      platform: oneOf(['facebook', 'instagram', 'whatsapp', 'linkedin', 'twitter']),
      label: string({ max: 120 }),
      email: string({ min: 0, max: 254 }),
      group: string({ min: 0, max: 80 }),
      campaignIds: array(campaignIdSchema, { max: 50 }),
      createdAt: isoInstant(),
    }),
  ),
  events: array(v1EventSchema),
});

const v2EventSchema = tagged({
  'form-opened': object({ id: uuid(), ...v1Base, kind: oneOf(['form-opened']) }),
  submitted: object({ id: uuid(), ...v1Base, kind: oneOf(['submitted']), by: oneOf(['me', 'app']) }),
  'confirmed-on-page': object({ id: uuid(), ...v1Base, kind: oneOf(['confirmed-on-page']), url: string({ max: 8192 }) }),
  'confirmed-by-email': object({ id: uuid(), ...v1Base, kind: oneOf(['confirmed-by-email']) }),
  'marked-not-applicable': object({ id: uuid(), ...v1Base, kind: oneOf(['marked-not-applicable']), reason: string({ min: 0, max: 500 }) }),
  reopened: object({ id: uuid(), ...v1Base, kind: oneOf(['reopened']) }),
});
const v2Schema = object({
  schemaVersion: oneOf([2]),
  accounts: array(accountSchema),
  groups: array(groupSchema),
  events: array(v2EventSchema),
  settings: object({
    locale: oneOf([...LOCALES, 'system']),
    theme,
    remindersEnabled: boolean(),
    remindersPausedUntil: nullable(isoInstant()),
    onboardingDone: boolean(),
  }),
  remindersSent: record(string({ max: 200 }), isoInstant()),
});

type V2 = Infer<typeof v2Schema>;

/** A stable UUID-shaped id made from `seed`: migrating the same file twice gives the same ids. */
export function derivedId(seed: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((offset) => {
    let hash = offset >>> 0;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function v1Locale(language: string): Locale | 'system' {
  const code = language.slice(0, 2).toLowerCase();
  return LOCALES.find((locale) => locale === code) ?? 'system';
}

function v1ToV2(input: unknown): Checked<unknown> {
  const checked = check(v1Schema, input);
  if (!checked.ok) return checked;
  const doc = checked.value;
  const groups = new Map<string, { id: string; name: string }>();
  for (const account of doc.accounts) {
    const name = account.group.trim();
    const key = name.toLocaleLowerCase();
    if (name !== '' && !groups.has(key)) groups.set(key, { id: derivedId(`group:${key}`), name });
  }
  const accounts = doc.accounts.map(({ group, email: mail, platform, ...account }) => ({
    ...account,
    platform: platform === 'twitter' ? 'x' : platform,
    email: mail.trim() === '' ? null : mail.trim(),
    groupId: groups.get(group.trim().toLocaleLowerCase())?.id ?? null,
  }));
  const events = doc.events.map((event, index) => ({ id: derivedId(`event:${index}:${event.accountId}:${event.at}`), ...event }));
  const settings = {
    locale: v1Locale(doc.language),
    theme: doc.theme,
    remindersEnabled: doc.remindersEnabled,
    remindersPausedUntil: doc.remindersPausedUntil,
    onboardingDone: doc.onboardingDone,
  };
  return { ok: true, value: { schemaVersion: 2, accounts, groups: [...groups.values()], events, settings, remindersSent: {} } };
}

function v2ToV3(input: unknown): Checked<unknown> {
  const checked = check(v2Schema, input);
  if (!checked.ok) return checked;
  const doc: V2 = checked.value;
  const events = doc.events.map((event) => {
    if (event.kind !== 'submitted') return event;
    const { by, ...rest } = event;
    return { ...rest, source: by === 'me' ? 'person' : 'detected' };
  });
  const remindersSent = Object.entries(doc.remindersSent)
    .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))
    .map(([key]) => key)
    .slice(-MAX_REMINDER_KEYS);
  const settings = { ...doc.settings, startAtLogin: false };
  return { ok: true, value: { ...doc, schemaVersion: 3, events, evidence: [], settings, remindersSent } };
}

const v3Base = { id: uuid(), ...v1Base };
const v3EventSchema = tagged({
  'form-opened': object({ ...v3Base, kind: oneOf(['form-opened']) }),
  submitted: object({ ...v3Base, kind: oneOf(['submitted']), source: oneOf(['person', 'detected']) }),
  'confirmed-on-page': object({ ...v3Base, kind: oneOf(['confirmed-on-page']), url: string({ max: 8192 }) }),
  'confirmed-by-email': object({ ...v3Base, kind: oneOf(['confirmed-by-email']) }),
  'evidence-saved': object({ ...v3Base, kind: oneOf(['evidence-saved']), evidenceId: uuid() }),
  'marked-not-applicable': object({ ...v3Base, kind: oneOf(['marked-not-applicable']), reason: string({ min: 0, max: 500 }) }),
  reopened: object({ ...v3Base, kind: oneOf(['reopened']) }),
});
/** Settings as versions 3 (store) and 1 (export) wrote them. */
export const v3SettingsSchema = object({
  locale: oneOf([...LOCALES, 'system']),
  theme,
  remindersEnabled: boolean(),
  remindersPausedUntil: nullable(isoInstantOrForever()),
  startAtLogin: boolean(),
  onboardingDone: boolean(),
});
/** Proof records as versions 3 (store) and 1 (export) wrote them. */
export const v3EvidenceSchema = object({
  id: uuid(),
  accountId: uuid(),
  campaignId: campaignIdSchema,
  url: string({ max: 8192 }),
  savedAt: isoInstant(),
  zone: string({ max: 100 }),
  files: array(
    object({
      kind: oneOf(['png', 'pdf', 'json']),
      name: string({ max: 200, pattern: /^[A-Za-z0-9._-]+$/, patternMessage: 'must be a plain file name' }),
      sha256: string({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/, patternMessage: 'must be a SHA-256 hash' }),
      bytes: number({ integer: true, min: 0 }),
    }),
    { max: 20 },
  ),
});
const v3Schema = object({
  schemaVersion: oneOf([3]),
  accounts: array(accountSchema),
  groups: array(groupSchema),
  events: array(v3EventSchema),
  evidence: array(v3EvidenceSchema),
  settings: v3SettingsSchema,
  remindersSent: array(string({ max: 200 })),
});

function isoInstantOrForever(): ReturnType<typeof isoInstant> {
  const instant = isoInstant();
  return {
    expected: 'a date and time or "forever"',
    run: (input, path, ctx) => (input === 'forever' ? 'forever' : instant.run(input, path, ctx)),
  };
}

/** Version 3 settings with the settings version 4 added, at their defaults. */
export function v4Settings(settings: Infer<typeof v3SettingsSchema>): Settings {
  const { catalogUpdates, appUpdates, recheckReminders, country } = DEFAULT_SETTINGS;
  return { ...settings, catalogUpdates, appUpdates, recheckReminders, country };
}

/** A version 3 proof record: every one was a capture of the platform's page. */
export function v4Evidence(record: Infer<typeof v3EvidenceSchema>): EvidenceRecord {
  return { ...record, origin: 'page' };
}

function v3ToV4(input: unknown): Checked<unknown> {
  const checked = check(v3Schema, input);
  if (!checked.ok) return checked;
  const doc = checked.value;
  return {
    ok: true,
    value: { ...doc, schemaVersion: 4, settings: v4Settings(doc.settings), evidence: doc.evidence.map(v4Evidence) },
  };
}

/** Step `n` turns a version-n document into a version n+1 document. */
const STEPS: Readonly<Record<number, (doc: unknown) => Checked<unknown>>> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4 };

function versionOf(doc: unknown): Checked<number> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return refusedEnglish('value: must be an object');
  const version: unknown = (doc as Record<string, unknown>).schemaVersion;
  if (version === undefined) return refusedEnglish('schemaVersion: is missing (this is not an Objector store file)');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refusedEnglish(`schemaVersion: must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return refusedEnglish(
      `schemaVersion: ${version} was written by a newer version of Objector; this one reads up to ${CURRENT_SCHEMA_VERSION}`,
    );
  }
  return { ok: true, value: version };
}

/** Brings a parsed store document of any known version up to the current one, and checks it. */
export function migrate(doc: unknown): Checked<{ readonly state: AppState; readonly from: number }> {
  const version = versionOf(doc);
  if (!version.ok) return version;
  let current: unknown = doc;
  for (let from = version.value; from < CURRENT_SCHEMA_VERSION; from++) {
    const step = STEPS[from];
    if (step === undefined) return refusedEnglish(`schemaVersion: no migration from version ${from}`);
    const next = step(current);
    if (!next.ok) return { ok: false, errors: next.errors.map((error) => `(version ${from}) ${error}`), problems: next.problems };
    current = next.value;
  }
  const parsed = parseStoredState(current);
  return parsed.ok ? { ok: true, value: { state: parsed.value, from: version.value } } : parsed;
}
