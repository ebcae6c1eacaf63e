/**
 * The domain's data types: campaigns (from the catalog), accounts, the append-only event log,
 * evidence records, settings and the persisted state. Pure data, no behaviour.
 */
import type { Locale } from '../i18n/locale';

/**
 * A social platform an account lives on, by its catalog id ("facebook", "linkedin"…). Platforms are
 * catalog data (`Catalog.platforms`), so a catalog update can add one without a release.
 */
export type Platform = string;

/** The languages the app speaks (those with a message file); English is the fallback for every text. */
export { LOCALES, type Locale } from '../i18n/locale';

/** A text in several languages; English is always present. */
export type Localized<T = string> = { readonly en: T } & Readonly<Partial<Record<Exclude<Locale, 'en'>, T>>>;

/** How an objection is made: a form to send, or a setting to switch off. */
export type Mechanism = 'form' | 'toggle';

/** A platform the catalog knows, with the facts that are the same in every language. */
export interface PlatformInfo {
  /** Stable id, used in saved accounts: never changes once shipped. */
  readonly id: Platform;
  /** The brand name, e.g. "Instagram" (the same in every language). */
  readonly name: string;
  /** The company behind it, as in "Meta's e-mail". */
  readonly company: string;
  /** True when accounts of this platform can be linked in Meta's Accounts Center. */
  readonly accountsCenter: boolean;
  /** Domains the platform's confirmation e-mails come from (matched by parsed domain, subdomains included). */
  readonly emailSenders: readonly string[];
}

/** Where a fact in the catalog comes from. */
export interface Source {
  readonly title: string;
  /** The page, when the source is online. */
  readonly url?: string;
  /** The publisher or publication, e.g. "Meta newsroom". */
  readonly publication?: string;
  /** When the source was published or seen, YYYY-MM-DD. */
  readonly date: string;
}

/** A reason a person may give for an account not needing this objection. */
export interface NotApplicableReason {
  /** Stable id, stored in the progress log (e.g. "under-18"). */
  readonly id: string;
  readonly text: Localized;
}

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
  /**
   * Stable id, unique inside its campaign; never changes once shipped. A platform's main target
   * uses the platform id.
   */
  readonly id: string;
  readonly platform: Platform;
  readonly mechanism: Mechanism;
  /**
   * `main`: the objection or setting this campaign tracks for the platform (one per platform).
   * `extra`: a further page offered beside it (e.g. LinkedIn's objection form for AI that does not
   * generate content), with its own title and description.
   */
  readonly role: 'main' | 'extra';
  /** For extras: what this page is, and how it differs from the main objection. */
  readonly title?: Localized;
  readonly description?: Localized;
  /** `embedded`: the guided window's account view; `browser`: the person's own browser (Google refuses embedded sign-in). */
  readonly opensIn: 'embedded' | 'browser';
  /** When the links and texts of this target were last checked, YYYY-MM-DD. */
  readonly checkedAt: string;
  /** Where the facts of this target come from; at least one. */
  readonly sources: readonly Source[];
  /** The reasons a person may pick for "not applicable" (the person may always write their own). */
  readonly notApplicableReasons: readonly NotApplicableReason[];
  /** Settings: days after which to check that the setting is still off; null: no re-check. */
  readonly recheckDays: number | null;
  /** Forms: days without a confirmation before the account shows "No answer yet" (GDPR Art. 12(3): one month). */
  readonly followUpDays: number;
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

/** The catalog of platforms and campaigns: shipped with the app, updatable by signed documents. */
export interface Catalog {
  /** Increases with every published catalog; a newer catalog is accepted only with a higher version. */
  readonly version: number;
  /** When this catalog was published, ISO 8601 instant. */
  readonly publishedAt: string;
  readonly platforms: readonly PlatformInfo[];
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
  /**
   * The campaign target the step is about, when it is an `extra` target; absent for the
   * platform's main target (every event written before extras existed).
   */
  readonly targetId?: string;
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
  | (EventBase & { readonly kind: 'reopened' })
  /** A setting checked again and still off: by the person, or seen on the page. */
  | (EventBase & { readonly kind: 'rechecked'; readonly source: SubmittedSource })
  /** The platform refused the objection or asked for more; `note` is the person's summary of its answer. */
  | (EventBase & { readonly kind: 'platform-refused'; readonly note: string })
  /** The follow-up period passed without a confirmation: kept in the history. */
  | (EventBase & { readonly kind: 'no-answer' })
  /** The person sent a complaint to a data protection authority (an id from the authorities list). */
  | (EventBase & { readonly kind: 'complaint-filed'; readonly authorityId: string });

/** The kinds of progress event. */
export type ProgressEventKind = ProgressEvent['kind'];

/** The kinds of proof file: page captures, the record, e-mails, pictures, texts. */
export const EVIDENCE_FILE_KINDS = ['png', 'jpeg', 'webp', 'pdf', 'json', 'eml', 'txt'] as const;

/** A saved proof file. */
export interface EvidenceFile {
  readonly kind: (typeof EVIDENCE_FILE_KINDS)[number];
  /** File name inside the evidence folder. */
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
}

/**
 * Where a proof comes from: `page`, captured by the app from the platform's page; `email`, the
 * confirmation e-mail file, read and checked by the app; `file`, a file the person vouches for
 * (a picture or PDF of the e-mail, a screenshot of a setting).
 */
export type EvidenceOrigin = 'page' | 'email' | 'file';

/** What the app read in a confirmation e-mail file. */
export interface EmailCheck {
  readonly from: string;
  readonly subject: string;
  /** The e-mail's own date, ISO 8601, or null when it has none. */
  readonly sentAt: string | null;
  /** The sender's domain is one of the catalog's senders for the platform. */
  readonly senderRecognised: boolean;
  /** The body matches the catalog's confirmation patterns. */
  readonly confirms: boolean;
}

/** Proof of one confirmation (or one on-demand capture, or one file the person added). */
export interface EvidenceRecord {
  readonly id: string;
  readonly accountId: string;
  readonly campaignId: string;
  /** Absent for the platform's main target. */
  readonly targetId?: string;
  readonly origin: EvidenceOrigin;
  /** The page captured (origin `page`); empty for files. */
  readonly url: string;
  /** ISO 8601 with the local offset, e.g. 2025-05-20T14:03:11+02:00. */
  readonly savedAt: string;
  /** IANA zone of the machine when saved. */
  readonly zone: string;
  readonly files: readonly EvidenceFile[];
  /** For origin `email`: what the app read in it. */
  readonly email?: EmailCheck;
}

/** Whether the app may fetch something for the person: not asked yet, allowed, or refused. */
export type FetchConsent = 'ask' | 'allowed' | 'refused';

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
  /** One request a day for the project's signed catalog (nothing about the person is sent). */
  readonly catalogUpdates: FetchConsent;
  /** Checking for, downloading and installing app updates (desktop, packaged builds only). */
  readonly appUpdates: FetchConsent;
  /** Reminders to check that a switched-off setting is still off. */
  readonly recheckReminders: boolean;
  /** The person's country (ISO 3166-1 alpha-2, e.g. "FR"), for their national data protection authority; null: not said. */
  readonly country: string | null;
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
