/**
 * What a person can ask the app to do to its state. The renderer sends a `UserCommand` over IPC;
 * main validates it (`userCommandSchema`), applies it with the shared reducer, persists, and pushes
 * the new state. `SystemCommand`s come from main itself (proof saved, reminder shown).
 */
import type { EvidenceRecord, Platform, Settings, SubmittedSource } from './types';
import { LOCALES } from './types';
import { platformIdSchema, targetIdSchema } from './state-schema';
import { array, boolean, email, isoInstant, nullable, object, oneOf, optional, string, tagged, uuid, type Schema } from '../validate';

/** Which Accounts Center group an account belongs to. */
export type GroupChoice =
  { readonly kind: 'none' } | { readonly kind: 'existing'; readonly groupId: string } | { readonly kind: 'new'; readonly name: string };

/** A step the person records by hand (or the guide records for them). */
export type RecordableEvent =
  | { readonly kind: 'form-opened' }
  | { readonly kind: 'submitted'; readonly source: SubmittedSource }
  | { readonly kind: 'confirmed-on-page'; readonly url: string }
  | { readonly kind: 'confirmed-by-email' }
  | { readonly kind: 'marked-not-applicable'; readonly reason: string }
  | { readonly kind: 'reopened' }
  | { readonly kind: 'rechecked'; readonly source: SubmittedSource }
  | { readonly kind: 'platform-refused'; readonly note: string }
  | { readonly kind: 'no-answer' }
  | { readonly kind: 'complaint-filed'; readonly authorityId: string };

/** Commands the renderer may send. */
export type UserCommand =
  | {
      readonly kind: 'add-account';
      readonly platform: Platform;
      readonly label: string;
      readonly email: string | null;
      readonly group: GroupChoice;
      readonly campaignIds: readonly string[];
    }
  | {
      readonly kind: 'edit-account';
      readonly accountId: string;
      readonly label: string;
      readonly email: string | null;
      readonly group: GroupChoice;
    }
  | { readonly kind: 'remove-account'; readonly accountId: string }
  | {
      readonly kind: 'record';
      readonly accountId: string;
      readonly campaignId: string;
      /** An extra target of the campaign; absent for the platform's main target. */
      readonly targetId?: string;
      readonly event: RecordableEvent;
      /** When it happened, if earlier than now (e.g. the day the confirmation e-mail came); never in the future. */
      readonly at?: string;
    }
  | { readonly kind: 'set-settings'; readonly patch: Partial<Settings> }
  | { readonly kind: 'reset' };

/** Commands only main issues. */
export type SystemCommand =
  | {
      readonly kind: 'add-evidence';
      readonly record: EvidenceRecord;
      /** Also record `confirmed-by-email` in the same change: the proof is the confirmation e-mail. */
      readonly confirmsByEmail?: boolean;
    }
  | { readonly kind: 'mark-reminders-sent'; readonly keys: readonly string[] }
  /** A reminder that could not be shown at all: it is due again (after a restart, or the next retry). */
  | { readonly kind: 'unmark-reminders-sent'; readonly keys: readonly string[] };

/** Anything the reducer applies. */
export type Command = UserCommand | SystemCommand;

const label = string({ max: 120 });
const campaignId = string({ max: 80, pattern: /^[a-z0-9][a-z0-9-]*$/, patternMessage: 'must be a campaign id' });

const groupChoiceSchema: Schema<GroupChoice> = tagged({
  none: object({ kind: oneOf(['none']) }),
  existing: object({ kind: oneOf(['existing']), groupId: uuid() }),
  new: object({ kind: oneOf(['new']), name: string({ max: 80 }) }),
});

const recordableEventSchema: Schema<RecordableEvent> = tagged({
  'form-opened': object({ kind: oneOf(['form-opened']) }),
  submitted: object({ kind: oneOf(['submitted']), source: oneOf(['person', 'detected']) }),
  'confirmed-on-page': object({ kind: oneOf(['confirmed-on-page']), url: string({ max: 4096 }) }),
  'confirmed-by-email': object({ kind: oneOf(['confirmed-by-email']) }),
  'marked-not-applicable': object({ kind: oneOf(['marked-not-applicable']), reason: string({ min: 0, max: 500 }) }),
  reopened: object({ kind: oneOf(['reopened']) }),
  rechecked: object({ kind: oneOf(['rechecked']), source: oneOf(['person', 'detected']) }),
  'platform-refused': object({ kind: oneOf(['platform-refused']), note: string({ min: 0, max: 2000 }) }),
  'no-answer': object({ kind: oneOf(['no-answer']) }),
  'complaint-filed': object({
    kind: oneOf(['complaint-filed']),
    authorityId: string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternMessage: 'must be an authority id' }),
  }),
});

/** Checks a settings patch: every field optional, each one checked. */
export const settingsPatchSchema: Schema<Partial<Settings>> = object({
  locale: optional(oneOf([...LOCALES, 'system'])),
  theme: optional(oneOf(['system', 'light', 'dark'])),
  remindersEnabled: optional(boolean()),
  remindersPausedUntil: optional(nullable(isoInstantOrForever())),
  startAtLogin: optional(boolean()),
  onboardingDone: optional(boolean()),
  catalogUpdates: optional(oneOf(['ask', 'allowed', 'refused'])),
  appUpdates: optional(oneOf(['ask', 'allowed', 'refused'])),
  recheckReminders: optional(boolean()),
  country: optional(
    nullable(string({ min: 2, max: 2, pattern: /^[A-Z]{2}$/, patternMessage: 'must be a two-letter country code like FR' })),
  ),
});

function isoInstantOrForever(): Schema<string> {
  const instant = isoInstant();
  return {
    expected: 'a date and time or "forever"',
    run: (input, path, ctx) => (input === 'forever' ? 'forever' : instant.run(input, path, ctx)),
  };
}

/** Run-time check of a command received from a renderer. */
export const userCommandSchema: Schema<UserCommand> = tagged({
  'add-account': object({
    kind: oneOf(['add-account']),
    platform: platformIdSchema,
    label,
    email: nullable(email()),
    group: groupChoiceSchema,
    campaignIds: array(campaignId, { max: 50 }),
  }),
  'edit-account': object({ kind: oneOf(['edit-account']), accountId: uuid(), label, email: nullable(email()), group: groupChoiceSchema }),
  'remove-account': object({ kind: oneOf(['remove-account']), accountId: uuid() }),
  record: object({
    kind: oneOf(['record']),
    accountId: uuid(),
    campaignId,
    targetId: optional(targetIdSchema),
    event: recordableEventSchema,
    at: optional(isoInstant()),
  }),
  'set-settings': object({ kind: oneOf(['set-settings']), patch: settingsPatchSchema }),
  reset: object({ kind: oneOf(['reset']) }),
});
