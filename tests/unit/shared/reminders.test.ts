/** The reminder schedule: steps, no bursts, e-mail checks, one nudge a week across campaigns, settings, and no repeats. */
import { describe, expect, it } from 'vitest';
import { dueReminders, keysOf, nextReminderAt, remindersActive } from '@shared/domain/reminders';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import type { AppState, Settings } from '@shared/domain/types';
import { account, accountId, event, groupId, stateWith } from '../../support/domain-fixtures';
import { before, campaign, catalogOf } from './tray-fixtures';

const catalog = catalogOf();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function twoAccounts(extra: Partial<AppState> = {}): AppState {
  return stateWith({ accounts: [account(1), account(2, { platform: 'instagram', label: '@marie' })], ...extra });
}

function due(state: AppState, now: Date) {
  return dueReminders({ state, catalog, now });
}

function withSettings(state: AppState, patch: Partial<Settings>): AppState {
  return { ...state, settings: { ...DEFAULT_SETTINGS, ...patch } };
}

describe('before the deadline', () => {
  it('says nothing without accounts or before 14 days', () => {
    expect(due(stateWith({}), before(24))).toEqual([]);
    expect(due(twoAccounts(), before(15 * 24))).toEqual([]);
  });

  it('fires the 14-day step with every account still to do', () => {
    const [reminder, ...rest] = due(twoAccounts(), before(14 * 24 - 1));
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ kind: 'deadline-approaching', key: 'deadline:meta-ai-training-eu-2025:14d', step: '14d' });
    expect(reminder?.kind === 'deadline-approaching' && reminder.accountIds).toEqual([accountId(1), accountId(2)]);
    expect(reminder?.kind === 'deadline-approaching' && reminder.remainingMs).toBe((14 * 24 - 1) * HOUR);
  });

  it.each([
    [14 * 24, '14d'],
    [7 * 24, '7d'],
    [3 * 24, '3d'],
    [24, '1d'],
    [6, '6h'],
    [1, '1h'],
  ])('fires at %i hours left: %s', (hours, step) => {
    expect(due(twoAccounts(), before(hours)).map((r) => r.key)).toEqual([`deadline:meta-ai-training-eu-2025:${step}`]);
  });

  it('fires only the latest missed step after a long sleep (no burst)', () => {
    expect(due(twoAccounts(), before(50)).map((r) => r.key)).toEqual(['deadline:meta-ai-training-eu-2025:3d']);
  });

  it('never fires twice', () => {
    const state = twoAccounts({ remindersSent: ['deadline:meta-ai-training-eu-2025:3d'] });
    expect(due(state, before(50))).toEqual([]);
    expect(due(state, before(23)).map((r) => r.key)).toEqual(['deadline:meta-ai-training-eu-2025:1d']);
  });

  it('names only the accounts still to do and stays quiet once all are filed', () => {
    const confirmed = event(1, before(100).toISOString(), { kind: 'confirmed-on-page', url: 'https://www.facebook.com/x' });
    const [reminder] = due(twoAccounts({ events: [confirmed] }), before(50));
    expect(reminder?.kind === 'deadline-approaching' && reminder.accountIds).toEqual([accountId(2)]);
    const sent = event(2, before(100).toISOString(), { kind: 'submitted', source: 'person' });
    const reminders = due(twoAccounts({ events: [confirmed, sent] }), before(50));
    expect(reminders.map((r) => r.kind)).toEqual(['check-email']);
  });

  it('counts an account covered by its Accounts Center group as finished', () => {
    const group = { id: groupId(1), name: 'Marie' };
    const state = stateWith({
      groups: [group],
      accounts: [account(1, { groupId: group.id }), account(2, { groupId: group.id })],
      events: [event(1, before(100).toISOString(), { kind: 'confirmed-by-email' })],
    });
    expect(due(state, before(50))).toEqual([]);
  });

  it('has no deadline steps for a campaign without a deadline: its accounts get the weekly nudge', () => {
    const kinds = dueReminders({ state: twoAccounts(), catalog: catalogOf(campaign(null)), now: before(1) }).map((r) => r.kind);
    expect(kinds).toEqual(['nudge']);
  });
});

describe('after a submission', () => {
  const submittedAt = before(200);
  const sent = event(2, submittedAt.toISOString(), { kind: 'submitted', source: 'detected' });
  const at = (ms: number) => new Date(submittedAt.getTime() + ms);
  const emailKeys = (
    now: Date,
    state = stateWith({ accounts: [account(2, { platform: 'instagram', label: '@marie' })], events: [sent] }),
  ) => due(state, now).filter((r) => r.kind === 'check-email');

  it('asks to check the e-mail at +1 h and +24 h, naming the account', () => {
    expect(emailKeys(at(30 * 60_000))).toEqual([]);
    const [first] = emailKeys(at(HOUR));
    expect(first).toMatchObject({ kind: 'check-email', step: '1h', accountIds: [accountId(2)] });
    expect(first?.account).toMatchObject({ platform: 'instagram', label: '@marie' });
    expect(emailKeys(at(DAY)).map((r) => r.step)).toEqual(['24h']);
  });

  it('stops once confirmed, and after a week', () => {
    const confirmed = event(2, at(2 * HOUR).toISOString(), { kind: 'confirmed-by-email' });
    expect(emailKeys(at(DAY), stateWith({ accounts: [account(2)], events: [sent, confirmed] }))).toEqual([]);
    expect(emailKeys(at(8 * DAY))).toEqual([]);
  });

  it('starts again for a new submission after reopening', () => {
    const reopened = event(2, at(2 * HOUR).toISOString(), { kind: 'reopened' });
    const again = event(2, at(3 * HOUR).toISOString(), { kind: 'submitted', source: 'person' });
    const state = stateWith({ accounts: [account(2)], events: [sent, reopened, again], remindersSent: [] });
    const [reminder] = emailKeys(at(4 * HOUR), state);
    expect(reminder?.key).toContain(at(3 * HOUR).toISOString());
  });
});

describe('after the deadline', () => {
  it('nudges at the deadline, then not again within a week, while something is left', () => {
    const [nudge] = due(twoAccounts(), before(-1));
    expect(nudge).toMatchObject({ kind: 'nudge', key: `nudge:${before(-1).toISOString()}` });
    expect(nudge?.kind === 'nudge' && nudge.items.map((item) => [item.kind, item.account.id])).toEqual([
      ['to-do', accountId(1)],
      ['to-do', accountId(2)],
    ]);
    const sent = [`nudge:${before(-1).toISOString()}`];
    expect(due(twoAccounts({ remindersSent: sent }), before(-24 * 6))).toEqual([]);
    expect(due(twoAccounts({ remindersSent: sent }), before(-24 * 7 - 1)).map((r) => r.kind)).toEqual(['nudge']);
  });
});

describe('settings', () => {
  it('never fires while off or paused', () => {
    expect(due(withSettings(twoAccounts(), { remindersEnabled: false }), before(1))).toEqual([]);
    expect(due(withSettings(twoAccounts(), { remindersPausedUntil: 'forever' }), before(1))).toEqual([]);
    expect(due(withSettings(twoAccounts(), { remindersPausedUntil: before(0).toISOString() }), before(1))).toEqual([]);
    expect(due(withSettings(twoAccounts(), { remindersPausedUntil: before(2).toISOString() }), before(1))).toHaveLength(1);
  });

  it('reads the pause', () => {
    expect(remindersActive(DEFAULT_SETTINGS, before(1))).toBe(true);
    expect(remindersActive({ ...DEFAULT_SETTINGS, remindersPausedUntil: 'forever' }, before(1))).toBe(false);
  });
});

describe('nextReminderAt', () => {
  it('is the next step while something is to do', () => {
    expect(nextReminderAt({ state: twoAccounts(), catalog, now: before(100) })).toEqual(before(72));
    expect(nextReminderAt({ state: twoAccounts(), catalog, now: before(0.5) })).toEqual(before(0));
    const nudged = twoAccounts({ remindersSent: [`nudge:${before(-1).toISOString()}`] });
    expect(nextReminderAt({ state: nudged, catalog, now: before(-2) })).toEqual(before(-24 * 7 - 1));
  });

  it('is the e-mail check after a submission, and nothing when all is done', () => {
    const sent = event(1, before(300).toISOString(), { kind: 'submitted', source: 'person' });
    const state = stateWith({ accounts: [account(1)], events: [sent] });
    expect(nextReminderAt({ state, catalog, now: before(299.5) })).toEqual(before(299));
    expect(nextReminderAt({ state, catalog, now: before(200) })).toBeNull();
  });

  it('is the end of a pause, and nothing when off', () => {
    const paused = withSettings(twoAccounts(), { remindersPausedUntil: before(10).toISOString() });
    expect(nextReminderAt({ state: paused, catalog, now: before(100) })).toEqual(before(10));
    expect(nextReminderAt({ state: withSettings(twoAccounts(), { remindersEnabled: false }), catalog, now: before(100) })).toBeNull();
  });
});

describe('settings to switch off', () => {
  it('never ask to check an e-mail that will not come (LinkedIn), while forms do (Facebook)', async () => {
    const { builtInCatalog } = await import('@shared/catalog/index');
    const real = builtInCatalog();
    const sentAt = '2025-10-01T08:00:00.000Z';
    const state = stateWith({
      accounts: [account(1, { platform: 'linkedin', campaignIds: ['linkedin-genai-2025'] }), account(2, { platform: 'facebook' })],
      events: [
        { ...event(1, sentAt, { kind: 'submitted', source: 'person' }), campaignId: 'linkedin-genai-2025' },
        event(2, sentAt, { kind: 'submitted', source: 'person' }),
      ],
    });
    const now = new Date(Date.parse(sentAt) + 2 * HOUR);
    const emails = dueReminders({ state, catalog: real, now }).filter((r) => r.kind === 'check-email');
    expect(emails.map((r) => r.accountIds)).toEqual([[accountId(2)]]);
  });
});

describe('nextReminderAt: the earliest of several', () => {
  it('wakes for the soonest reminder, whichever campaign or account it comes from', () => {
    const later = campaign(new Date(before(0).getTime() + 30 * DAY).toISOString(), 'later-campaign');
    const two = catalogOf(later, campaign());
    const state = stateWith({ accounts: [account(1, { campaignIds: ['later-campaign', 'meta-ai-training-eu-2025'] })] });
    // Meta's 72-hour reminder comes long before anything of the later campaign.
    expect(nextReminderAt({ state, catalog: two, now: before(100) })).toEqual(before(72));
    // Two e-mail checks: the earlier submission's comes first.
    const sent = [
      event(1, before(300).toISOString(), { kind: 'submitted', source: 'person' }),
      event(2, before(299.9).toISOString(), { kind: 'submitted', source: 'person' }),
    ];
    const submitted = stateWith({ accounts: [account(1), account(2)], events: [sent[1], sent[0]].filter((item) => item !== undefined) });
    expect(nextReminderAt({ state: submitted, catalog, now: before(299.95) })).toEqual(before(299));
  });
});

describe('no answer after the waiting time (named in the weekly nudge)', () => {
  const sentAt = '2025-10-01T08:00:00.000Z';
  const after = (days: number) => new Date(Date.parse(sentAt) + days * DAY);
  const sent = event(2, sentAt, { kind: 'submitted', source: 'person' });
  const base = stateWith({ accounts: [account(2, { platform: 'facebook', label: 'Marie' })], events: [sent] });
  const nudges = async (state: AppState, now: Date) => {
    const { builtInCatalog } = await import('@shared/catalog/index');
    return dueReminders({ state, catalog: builtInCatalog(), now }).flatMap((r) => (r.kind === 'nudge' ? [r] : []));
  };
  const noAnswer = async (state: AppState, now: Date) =>
    (await nudges(state, now)).flatMap((r) => r.items.filter((item) => item.kind === 'no-answer'));

  it('says nothing while the platform still has time (30 days in the catalog), and wakes when the time ends', async () => {
    const { builtInCatalog } = await import('@shared/catalog/index');
    expect(await noAnswer(base, after(29))).toEqual([]);
    const times = nextReminderAt({ state: base, catalog: builtInCatalog(), now: after(29) });
    expect(times).toEqual(after(30));
  });

  it('fires once the waiting time is over, naming the account, with a stable key', async () => {
    const [nudge, ...others] = await nudges(base, after(30));
    expect(others).toEqual([]);
    if (nudge === undefined) throw new Error('no nudge');
    expect(nudge.items).toEqual([
      {
        kind: 'no-answer',
        campaignId: 'meta-ai-training-eu-2025',
        account: { id: accountId(2), platform: 'facebook', label: 'Marie', email: null },
        sentAt,
        key: `no-answer:meta-ai-training-eu-2025:${accountId(2)}:${sentAt}`,
      },
    ]);
    // Once sent, never again (a month later a nudge may come, but not about this).
    expect(await noAnswer({ ...base, remindersSent: [...keysOf(nudge)] }, after(60))).toEqual([]);
  });

  it('is not due after a confirmation, a refusal the person recorded, or "no answer" already recorded', async () => {
    const confirmed = { ...base, events: [sent, event(2, after(3).toISOString(), { kind: 'confirmed-by-email' })] };
    const refused = { ...base, events: [sent, event(2, after(10).toISOString(), { kind: 'platform-refused', note: 'ID asked' })] };
    const noted = { ...base, events: [sent, event(2, after(31).toISOString(), { kind: 'no-answer' })] };
    for (const state of [confirmed, refused, noted]) expect(await noAnswer(state, after(40))).toEqual([]);
  });

  it('never fires for a setting switched off (nothing to answer)', async () => {
    const linkedin = stateWith({
      accounts: [account(1, { platform: 'linkedin', campaignIds: ['linkedin-genai-2025'] })],
      events: [{ ...event(1, sentAt, { kind: 'submitted', source: 'person' }), campaignId: 'linkedin-genai-2025' }],
    });
    expect(await noAnswer(linkedin, after(90))).toEqual([]);
  });
});
