/**
 * Saved states for the browser suite, the screenshots and the renderer bench: store documents as
 * the browser backend keeps them in localStorage (key `objector.state`). Erasable TypeScript, so
 * Node scripts can import it directly.
 */

/** The localStorage key of the browser backend's state. */
export const STATE_KEY = 'objector.state';
/** The store document version the backend writes. */
export const SCHEMA_VERSION = 3;
/** The campaign every seeded account takes part in. */
export const CAMPAIGN = 'meta-ai-training-eu-2025';

/** A fixed "now" for screenshots and the suite: today, 1 December 2026 (Meta's and LinkedIn's dates are past). */
export const SCREENSHOT_NOW = '2026-12-01T09:00:00Z';
/** The campaigns of the built-in catalog. */
export const CAMPAIGNS = { meta: 'meta-ai-training-eu-2025', linkedin: 'linkedin-genai-2025', x: 'x-grok-training' } as const;

const settings = (overrides: Record<string, unknown> = {}) => ({
  locale: 'en',
  theme: 'light',
  remindersEnabled: true,
  remindersPausedUntil: null,
  startAtLogin: false,
  onboardingDone: true,
  ...overrides,
});

/** A uuid made from a small number, readable in tests. */
export function seedId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function account(n: number, platform: string, label: string, email: string | null, groupId: string | null) {
  return { id: seedId(n), platform, label, email, groupId, campaignIds: [CAMPAIGN], createdAt: '2025-05-19T08:00:00.000Z' };
}

function event(n: number, accountN: number, kind: string, at: string, extra: Record<string, unknown> = {}) {
  return { id: seedId(1000 + n), accountId: seedId(accountN), campaignId: CAMPAIGN, kind, at, ...extra };
}

/** An empty state with onboarding done (and any settings overrides). */
export function emptyDocument(settingsOverrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: SCHEMA_VERSION,
    accounts: [],
    groups: [],
    events: [],
    evidence: [],
    settings: settings(settingsOverrides),
    remindersSent: [],
  };
}

/** A person with five accounts in every kind of status, two of them linked in one Accounts Center. */
export function sampleDocument(settingsOverrides: Record<string, unknown> = {}) {
  const group = { id: seedId(100), name: 'Marie' };
  return {
    schemaVersion: SCHEMA_VERSION,
    groups: [group],
    accounts: [
      account(1, 'facebook', 'Marie (personal)', 'marie@example.com', group.id),
      account(2, 'instagram', '@marie.photos', 'marie@example.com', group.id),
      account(3, 'instagram', '@atelier.marie (shop)', 'atelier@example.com', null),
      account(4, 'facebook', 'Marie (old account)', null, null),
      account(5, 'instagram', '@leo.skate (son)', null, null),
    ],
    events: [
      event(1, 1, 'form-opened', '2025-05-21T18:02:00.000Z'),
      event(2, 1, 'submitted', '2025-05-21T18:05:00.000Z', { source: 'person' }),
      event(3, 1, 'confirmed-by-email', '2025-05-22T07:40:00.000Z'),
      event(4, 3, 'form-opened', '2025-05-22T20:10:00.000Z'),
      event(5, 3, 'submitted', '2025-05-22T20:12:00.000Z', { source: 'person' }),
      event(6, 5, 'marked-not-applicable', '2025-05-22T20:20:00.000Z', { reason: 'under-18' }),
    ],
    evidence: [],
    settings: settings(settingsOverrides),
    remindersSent: [],
  };
}

/** `count` unlinked accounts, alternating platforms, some with progress: for the render bench. */
export function manyAccountsDocument(count: number) {
  const accounts = [];
  const events = [];
  for (let i = 1; i <= count; i++) {
    accounts.push(account(i, i % 2 === 0 ? 'instagram' : 'facebook', `Account ${i}`, `person${i}@example.com`, null));
    if (i % 3 === 0) events.push(event(i, i, 'submitted', '2025-05-22T20:12:00.000Z', { source: 'person' }));
  }
  return { schemaVersion: SCHEMA_VERSION, accounts, groups: [], events, evidence: [], settings: settings(), remindersSent: [] };
}

const v4Settings = (overrides: Record<string, unknown> = {}) => ({
  ...settings(),
  catalogUpdates: 'ask',
  appUpdates: 'ask',
  recheckReminders: true,
  country: null,
  ...overrides,
});

/** Today's accounts are numbered from 11, apart from the older sample's. */
function on(n: number, platform: string, campaignId: string, label: string, email: string | null, groupId: string | null) {
  return { id: seedId(10 + n), platform, label, email, groupId, campaignIds: [campaignId], createdAt: '2026-11-20T08:00:00.000Z' };
}

function step(n: number, accountN: number, campaignId: string, kind: string, at: string, extra: Record<string, unknown> = {}) {
  return { id: seedId(2000 + n), accountId: seedId(10 + accountN), campaignId, kind, at, ...extra };
}

/**
 * Today's situation (1 December 2026) for a person with two Facebook accounts (one in an Accounts
 * Center with Instagram), Instagram, LinkedIn and X, in every kind of standing: confirmed and
 * covered by the group, a form without an answer for more than a month, LinkedIn's setting switched
 * off, X's still on.
 */
export function todayDocument(settingsOverrides: Record<string, unknown> = {}) {
  const group = { id: seedId(110), name: 'Marie' };
  return {
    schemaVersion: 4,
    groups: [group],
    accounts: [
      on(1, 'facebook', CAMPAIGNS.meta, 'Marie (personal)', 'marie@example.com', group.id),
      on(2, 'instagram', CAMPAIGNS.meta, '@marie.photos', 'marie@example.com', group.id),
      on(3, 'facebook', CAMPAIGNS.meta, 'Marie (old account)', null, null),
      on(4, 'linkedin', CAMPAIGNS.linkedin, 'Marie at work', 'marie@work.example', null),
      on(5, 'x', CAMPAIGNS.x, '@marie', null, null),
    ],
    events: [
      step(1, 1, CAMPAIGNS.meta, 'submitted', '2026-11-20T18:05:00.000Z', { source: 'person' }),
      step(2, 1, CAMPAIGNS.meta, 'confirmed-by-email', '2026-11-21T07:40:00.000Z'),
      step(3, 3, CAMPAIGNS.meta, 'submitted', '2026-10-12T20:12:00.000Z', { source: 'person' }),
      step(4, 4, CAMPAIGNS.linkedin, 'submitted', '2026-11-22T10:00:00.000Z', { source: 'person' }),
    ],
    evidence: [],
    settings: v4Settings(settingsOverrides),
    remindersSent: [],
  };
}
