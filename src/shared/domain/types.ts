/**
 * The domain's data types: campaigns (from the catalog), accounts, the append-only event log,
 * evidence records, settings and the persisted state. Pure data, no behaviour.
 */
import type { Locale } from '../i18n/locale';

/** Every platform the catalog may target. */
export const PLATFORMS = ['facebook', 'instagram', 'whatsapp', 'linkedin', 'x'] as const;
/** A social platform an account lives on. */
export type Platform = (typeof PLATFORMS)[number];

/** The languages the app speaks (those with a message file); English is the fallback for every text. */
export { LOCALES, type Locale } from '../i18n/locale';

/** A text in several languages; English is always present. */
export type Localized<T = string> = { readonly en: T } & Readonly<Partial<Record<Exclude<Locale, 'en'>, T>>>;

/** How an objection is made: a form to send, or a setting to switch off. */
export type Mechanism = 'form' | 'toggle';

/** A deadline as announced: the instant, the zone it was announced in, and the words used. */
export interface Deadline {
  /** ISO 8601 instant in UTC, e.g. 2025-05-26T22:00:00Z. */
  readonly instant: string;
  /** IANA zone the deadline was announced in, e.g. Europe/Paris. */
  readonly zone: string;
  /** The announcement's own words, kept as provenance. */
  readonly sourceText: string;
  readonly sourceUrl?: string;
}

/** How to recognise that the platform confirmed an objection. */
export interface ConfirmationRules {
  /** Case-insensitive regular expression sources per language; any match proposes "confirmed". */
  readonly textPatterns: Localized<readonly string[]>;
  /** Text that shows we are still on the form (or a login page): when present, no match. */
  readonly notYetPatterns: Localized<readonly string[]>;
  /** Regular expression sources matched against the URL that indicate a confirmation page. */
  readonly urlPatterns: readonly string[];
}

/** One platform inside a campaign. */
export interface CampaignTarget {
  readonly platform: Platform;
  readonly mechanism: Mechanism;
  /** Optional targets are offered, not counted as missing. */
  readonly optional: boolean;
  /** Ordered: the first is preferred, later ones are fallbacks. https only. */
  readonly entryUrls: readonly string[];
  /** Stable pages that link to the current form, tried after every entry URL. */
  readonly privacyCenterUrls: readonly string[];
  /** Host patterns the account view may load: "www.facebook.com" or "*.fbcdn.net". */
  readonly allowedHosts: readonly string[];
  /** URL regular expressions of login and 2FA pages: popups to these stay in the account's session. */
  readonly loginUrlPatterns: readonly string[];
  /** Page text that means "this content isn't available": try the next entry URL. */
  readonly unavailablePatterns: Localized<readonly string[]>;
  readonly confirmation: ConfirmationRules;
  /** Optional text for the form's free-text box, per language. */
  readonly objectionText: Localized;
  /** How a person reaches the form (or setting) by hand in their own browser. */
  readonly manualPath: Localized;
  /** For toggles: the setting's label as the platform shows it. */
  readonly settingLabel?: Localized;
}

/** One objection drive. */
export interface Campaign {
  readonly id: string;
  readonly title: Localized;
  readonly summary: Localized;
  /** null when the platform set no date. */
  readonly deadline: Deadline | null;
  /** What objecting after the deadline still achieves. */
  readonly afterDeadline: Localized;
  /** When true, a confirmed objection covers every account in the same Accounts Center group. */
  readonly groupCoverage: boolean;
  readonly targets: readonly CampaignTarget[];
}

/** The catalog of campaigns shipped with the app. */
export interface Catalog {
  readonly version: number;
  readonly campaigns: readonly Campaign[];
}

/** An Accounts Center group: accounts linked together on Meta's side. */
export interface AccountGroup {
  readonly id: string;
  readonly name: string;
}

/** One of the person's social accounts. */
export interface Account {
  /** Random UUID, never derived from an e-mail. */
  readonly id: string;
  readonly platform: Platform;
  /** The person's own name for it, e.g. "@marie (work)". */
  readonly label: string;
  readonly email: string | null;
  readonly groupId: string | null;
  readonly campaignIds: readonly string[];
  readonly createdAt: string;
}

/** Who said an objection was sent. */
export type SubmittedSource = 'person' | 'detected';

interface EventBase {
  readonly id: string;
  readonly accountId: string;
  readonly campaignId: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

/** One step in an account's progress on a campaign. The log is append-only. */
export type ProgressEvent =
  | (EventBase & { readonly kind: 'form-opened' })
  | (EventBase & { readonly kind: 'submitted'; readonly source: SubmittedSource })
  | (EventBase & { readonly kind: 'confirmed-on-page'; readonly url: string })
  | (EventBase & { readonly kind: 'confirmed-by-email' })
  | (EventBase & { readonly kind: 'evidence-saved'; readonly evidenceId: string })
  | (EventBase & { readonly kind: 'marked-not-applicable'; readonly reason: string })
  | (EventBase & { readonly kind: 'reopened' });

/** The kinds of progress event. */
export type ProgressEventKind = ProgressEvent['kind'];

/** A saved proof file. */
export interface EvidenceFile {
  readonly kind: 'png' | 'pdf' | 'json';
  /** File name inside the evidence folder. */
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** Proof of one confirmation (or one on-demand capture). */
export interface EvidenceRecord {
  readonly id: string;
  readonly accountId: string;
  readonly campaignId: string;
  readonly url: string;
  /** ISO 8601 with the local offset, e.g. 2025-05-20T14:03:11+02:00. */
  readonly savedAt: string;
  /** IANA zone of the machine when saved. */
  readonly zone: string;
  readonly files: readonly EvidenceFile[];
}

/** The person's settings. */
export interface Settings {
  /** 'system' follows the OS language. */
  readonly locale: Locale | 'system';
  readonly theme: 'system' | 'light' | 'dark';
  readonly remindersEnabled: boolean;
  /** ISO instant until which reminders are paused, 'forever', or null. */
  readonly remindersPausedUntil: string | null;
  readonly startAtLogin: boolean;
  readonly onboardingDone: boolean;
}

/** Everything the app persists. Status is never stored: it is derived from `events`. */
export interface AppState {
  readonly accounts: readonly Account[];
  readonly groups: readonly AccountGroup[];
  readonly events: readonly ProgressEvent[];
  readonly evidence: readonly EvidenceRecord[];
  readonly settings: Settings;
  /** Keys of reminders already shown, so none fires twice. */
  readonly remindersSent: readonly string[];
}

/** Where one account stands on one campaign, derived from its events. */
export type Status =
  | { readonly kind: 'to-do' }
  | { readonly kind: 'in-progress'; readonly since: string }
  | { readonly kind: 'submitted'; readonly source: SubmittedSource; readonly at: string }
  | { readonly kind: 'confirmed'; readonly confidence: 'on-page' | 'by-email'; readonly at: string }
  | { readonly kind: 'covered-by-group'; readonly byAccountId: string; readonly at: string }
  | { readonly kind: 'not-applicable'; readonly reason: string; readonly at: string };

/** The kinds of status. */
export type StatusKind = Status['kind'];

/** A clock, injected so every rule can be tested with any "now". */
export interface Clock {
  now(): Date;
}
