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

/** A fixed "now" for screenshots: three and a half days before the Meta deadline. */
export const SCREENSHOT_NOW = '2025-05-23T09:00:00Z';

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
