/**
 * Tests written for the survivors of the mutation run of `reminders.ts` (docs/testing.md,
 * "Mutation testing"): several campaigns and accounts per scenario, the exact edges of every step
 * (the instant itself and a millisecond either side), and the whole reminder, not just its kind.
 */
import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  keysOf,
  lastNudgeAt,
  nextReminderAt,
  NUDGE_INTERVAL_MS,
  remindersActive,
  type Reminder,
} from '@shared/domain/reminders';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import type { AppState, Catalog, Settings } from '@shared/domain/types';
import { accountId, stateWith } from '../../support/domain-fixtures';
import { LINKEDIN, META, TODAY, WAVE, X, catalogWith, days, on, step } from './campaign-fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = NUDGE_INTERVAL_MS;
const ms = (date: Date, plus: number): Date => new Date(date.getTime() + plus);
const iso = (date: Date): string => date.toISOString();

const due = (state: AppState, catalog: Catalog, now: Date): readonly Reminder[] => dueReminders({ state, catalog, now });
const next = (state: AppState, catalog: Catalog, now: Date): Date | null => nextReminderAt({ state, catalog, now });
const withSettings = (state: AppState, patch: Partial<Settings>): AppState => ({ ...state, settings: { ...DEFAULT_SETTINGS, ...patch } });
const named = (n: number, platform: string) => ({ id: accountId(n), platform, label: `${platform} ${n}`, email: null });

describe('remindersActive, at the edges of a pause', () => {
  const now = TODAY;
  it.each<[string, Partial<Settings>, boolean]>([
    ['no pause', { remindersPausedUntil: null }, true],
    ['switched off, no pause', { remindersEnabled: false, remindersPausedUntil: null }, false],
    ['switched off, a pause already over', { remindersEnabled: false, remindersPausedUntil: iso(ms(now, -DAY)) }, false],
    ['paused until this very instant', { remindersPausedUntil: iso(now) }, true],
    ['paused until a millisecond from now', { remindersPausedUntil: iso(ms(now, 1)) }, false],
    ['a pause that ended a millisecond ago', { remindersPausedUntil: iso(ms(now, -1)) }, true],
    ['a pause that cannot be read', { remindersPausedUntil: 'soon' }, true],
    ['paused for ever', { remindersPausedUntil: 'forever' }, false],
  ])('%s: %s', (_name, patch, active) => {
    expect(remindersActive({ ...DEFAULT_SETTINGS, ...patch }, now)).toBe(active);
  });
});

describe('deadline steps, whole and at their edges', () => {
  const deadline = days(TODAY, 5);
  const catalog = catalogWith({ [META]: deadline });
  // Facebook and Instagram to do, WhatsApp (optional) to do, a Facebook account sent: only the first two are pending.
  const state = stateWith({
    accounts: [on(1, 'facebook', [META]), on(2, 'whatsapp', [META]), on(3, 'instagram', [META]), on(4, 'facebook', [META])],
    events: [step(4, META, days(TODAY, -12), { kind: 'submitted', source: 'person' })],
  });

  it('names the pending accounts only, with the step and the time left', () => {
    const now = ms(deadline, -50 * HOUR);
    expect(due(state, catalog, now)).toEqual([
      {
        kind: 'deadline-approaching',
        key: `deadline:${META}:3d`,
        campaignId: META,
        accountIds: [accountId(1), accountId(3)],
        step: '3d',
        remainingMs: 50 * HOUR,
      },
    ]);
  });

  it('at the deadline itself, no more steps: the to-dos join the nudge', () => {
    const shown = due(state, catalog, deadline);
    expect(shown.map((r) => r.kind)).toEqual(['nudge']);
    const nudge = shown[0];
    expect(nudge?.kind === 'nudge' && nudge.items.map((item) => [item.kind, item.account.id])).toEqual([
      ['to-do', accountId(1)],
      ['to-do', accountId(3)],
    ]);
    // A millisecond before: the last step, and no nudge yet.
    expect(due(state, catalog, ms(deadline, -1)).map((r) => r.key)).toEqual([`deadline:${META}:1h`]);
  });

  it('wakes for the next step even at the exact instant of one, and at the date after the last', () => {
    expect(next(state, catalog, ms(deadline, -72 * HOUR))).toEqual(ms(deadline, -24 * HOUR));
    expect(next(state, catalog, ms(deadline, -72 * HOUR - 1))).toEqual(ms(deadline, -72 * HOUR));
    expect(next(state, catalog, ms(deadline, -HOUR))).toEqual(deadline);
    expect(next(state, catalog, ms(deadline, -15 * DAY))).toEqual(ms(deadline, -14 * DAY));
  });

  it('counts each campaign with a date ahead on its own steps, with its own accounts', () => {
    const two = catalogWith({ [META]: deadline, [LINKEDIN]: days(TODAY, 1.5) });
    const both = stateWith({
      accounts: [on(1, 'facebook', [META]), on(2, 'linkedin', [LINKEDIN]), on(3, 'linkedin', [LINKEDIN])],
      events: [step(2, LINKEDIN, days(TODAY, -1), { kind: 'submitted', source: 'person' })],
    });
    expect(due(both, two, TODAY).map((r) => (r.kind === 'deadline-approaching' ? [r.key, r.accountIds] : r.kind))).toEqual([
      [`deadline:${META}:7d`, [accountId(1)]],
      [`deadline:${LINKEDIN}:3d`, [accountId(3)]],
    ]);
    // LinkedIn's 1-day step (12 h away) comes before Meta's 3-day one (2 days away).
    expect(next(both, two, TODAY)).toEqual(days(TODAY, 0.5));
  });
});

describe('"check your e-mail", at its edges and for several forms', () => {
  const catalog = catalogWith({ [META]: null });
  const sentAt = days(TODAY, -3);
  const state = stateWith({
    accounts: [on(1, 'facebook', [META]), on(2, 'instagram', [META]), on(3, 'x', [X])],
    events: [
      step(1, META, sentAt, { kind: 'submitted', source: 'person' }),
      step(2, META, ms(sentAt, 2 * HOUR), { kind: 'submitted', source: 'detected' }),
      // X is a setting: switching it off sends no e-mail.
      step(3, X, sentAt, { kind: 'submitted', source: 'person' }),
    ],
  });

  it('gives each form its own reminder, whole', () => {
    const now = ms(sentAt, 2.5 * HOUR);
    expect(due(state, catalog, now)).toEqual([
      {
        kind: 'check-email',
        key: `email:${META}:${accountId(1)}:${iso(sentAt)}:1h`,
        campaignId: META,
        accountIds: [accountId(1)],
        step: '1h',
        account: named(1, 'facebook'),
        submittedAt: iso(sentAt),
      },
    ]);
    expect(due(state, catalog, ms(sentAt, 3 * HOUR)).map((r) => r.key)).toEqual([
      `email:${META}:${accountId(1)}:${iso(sentAt)}:1h`,
      `email:${META}:${accountId(2)}:${iso(ms(sentAt, 2 * HOUR))}:1h`,
    ]);
  });

  it('stops at exactly a week after the sending', () => {
    const oneForm = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: [step(1, META, sentAt, { kind: 'submitted', source: 'person' })],
    });
    expect(due(oneForm, catalog, ms(sentAt, 7 * DAY - 1)).map((r) => r.key)).toEqual([`email:${META}:${accountId(1)}:${iso(sentAt)}:24h`]);
    expect(due(oneForm, catalog, ms(sentAt, 7 * DAY))).toEqual([]);
  });

  it('wakes for the 24-hour step at the exact instant of the 1-hour one, and for the earlier form first', () => {
    expect(next(state, catalog, ms(sentAt, HOUR))).toEqual(ms(sentAt, 3 * HOUR));
    expect(next(state, catalog, ms(sentAt, 3 * HOUR))).toEqual(ms(sentAt, DAY));
    expect(next(state, catalog, ms(sentAt, DAY))).toEqual(ms(sentAt, DAY + 2 * HOUR));
  });
});

describe('"no answer" noted by the person', () => {
  const catalog = catalogWith({}, null);
  const sentAt = days(TODAY, -40);
  const sent = step(1, META, sentAt, { kind: 'submitted', source: 'person' });
  const accounts = [on(1, 'facebook', [META, WAVE]), on(2, 'facebook', [META])];
  const noAnswerIds = (state: AppState): string[] =>
    due(state, catalog, TODAY).flatMap((r) =>
      r.kind === 'nudge' ? r.items.filter((item) => item.kind === 'no-answer').map((item) => `${item.campaignId}:${item.account.id}`) : [],
    );

  it('silences only its own account, campaign and main target, from the sending on', () => {
    const confirmed2 = step(2, META, sentAt, { kind: 'confirmed-by-email' });
    const base = [sent, confirmed2];
    const cases: [string, AppState['events'], string[]][] = [
      ['nothing noted', base, [`${META}:${accountId(1)}`]],
      ['noted at the sending itself', [...base, step(1, META, sentAt, { kind: 'no-answer' })], []],
      ['noted later', [...base, step(1, META, days(TODAY, -5), { kind: 'no-answer' })], []],
      ['noted by another account', [...base, step(2, META, days(TODAY, -5), { kind: 'no-answer' })], [`${META}:${accountId(1)}`]],
      ['noted on another campaign', [...base, step(1, WAVE, days(TODAY, -5), { kind: 'no-answer' })], [`${META}:${accountId(1)}`]],
      [
        'noted on an extra target',
        [...base, { ...step(1, META, days(TODAY, -5), { kind: 'no-answer' }), targetId: 'facebook-third-party-data' }],
        [`${META}:${accountId(1)}`],
      ],
      [
        'noted a millisecond before the sending',
        [...base, step(1, META, ms(sentAt, -1), { kind: 'no-answer' })],
        [`${META}:${accountId(1)}`],
      ],
    ];
    for (const [name, events, expected] of cases) {
      // The WAVE campaign: account 1 has done nothing there, so it is a to-do, never a no-answer.
      expect([name, noAnswerIds(stateWith({ accounts, events }))]).toEqual([name, expected]);
    }
  });
});

describe('what a nudge names, whole', () => {
  const catalog = catalogWith({ [META]: days(TODAY, 10) });

  it('names follow-ups, refusals and re-checks even before a date ahead, but not the to-dos', () => {
    const sentAt = days(TODAY, -40);
    const state = stateWith({
      accounts: [
        on(1, 'facebook', [META]),
        on(2, 'instagram', [META]),
        on(3, 'facebook', [META]),
        on(4, 'linkedin', [LINKEDIN]),
        on(5, 'x', [X]),
        on(6, 'whatsapp', [META]),
        on(7, 'facebook', [META]),
      ],
      events: [
        step(2, META, sentAt, { kind: 'submitted', source: 'person' }),
        step(3, META, sentAt, { kind: 'submitted', source: 'person' }),
        step(3, META, days(TODAY, -2), { kind: 'platform-refused', note: 'ID asked' }),
        step(4, LINKEDIN, days(TODAY, -100), { kind: 'submitted', source: 'person' }),
        // Optional and not sent: nothing. Sent long ago with a complaint: nothing.
        step(7, META, sentAt, { kind: 'submitted', source: 'person' }),
        step(7, META, days(TODAY, -1), { kind: 'complaint-filed', authorityId: 'ie-dpc' }),
      ],
    });
    const shown = due(state, catalog, TODAY);
    expect(shown.map((r) => r.kind)).toEqual(['deadline-approaching', 'nudge']);
    const nudge = shown[1];
    if (nudge?.kind !== 'nudge') throw new Error('no nudge');
    const recheckDue = iso(days(days(TODAY, -100), 90));
    const expectedItems = [
      {
        campaignId: META,
        account: named(2, 'instagram'),
        kind: 'no-answer',
        sentAt: iso(sentAt),
        key: `no-answer:${META}:${accountId(2)}:${iso(sentAt)}`,
      },
      {
        campaignId: META,
        account: named(3, 'facebook'),
        kind: 'refused',
        at: iso(days(TODAY, -2)),
        key: `refused:${META}:${accountId(3)}:${iso(days(TODAY, -2))}`,
      },
      {
        campaignId: LINKEDIN,
        account: named(4, 'linkedin'),
        kind: 'recheck',
        dueAt: recheckDue,
        key: `recheck:${LINKEDIN}:${accountId(4)}:${recheckDue}`,
      },
      { campaignId: X, account: named(5, 'x'), kind: 'to-do', key: null },
    ];
    expect(nudge).toEqual({
      kind: 'nudge',
      key: `nudge:${iso(TODAY)}`,
      items: expectedItems,
      keys: [`nudge:${iso(TODAY)}`, expectedItems[0]?.key, expectedItems[1]?.key, expectedItems[2]?.key],
    });
    expect(keysOf(nudge)).toEqual(nudge.keys);
    const deadline = shown[0];
    if (deadline === undefined) throw new Error('no deadline step');
    expect(keysOf(deadline)).toEqual([`deadline:${META}:14d`]);
  });

  it('leaves out the items already named, but never the to-dos; no nudge when nothing is left', () => {
    const sentAt = days(TODAY, -40);
    const state = stateWith({
      accounts: [on(1, 'facebook', [META]), on(2, 'x', [X])],
      events: [step(1, META, sentAt, { kind: 'submitted', source: 'person' })],
    });
    const real = catalogWith();
    const key = `no-answer:${META}:${accountId(1)}:${iso(sentAt)}`;
    const named = { ...state, remindersSent: [key, `nudge:${iso(days(TODAY, -30))}`] };
    const shown = due(named, real, TODAY);
    expect(shown.map((r) => (r.kind === 'nudge' ? r.items.map((item) => item.kind) : r.kind))).toEqual([['to-do']]);
    const onlyNamed = { ...named, accounts: [on(1, 'facebook', [META])] };
    expect(due(onlyNamed, real, TODAY)).toEqual([]);
    expect(next(onlyNamed, real, TODAY)).toBeNull();
  });
});

describe('lastNudgeAt', () => {
  it('is the latest nudge, wherever it is in the list, and reads no other key', () => {
    const t1 = '2026-11-01T10:00:00.000Z';
    const t2 = '2026-11-20T10:00:00.000Z';
    expect(lastNudgeAt([])).toBeNull();
    expect(lastNudgeAt([`nudge:${t2}`, `nudge:${t1}`])).toBe(Date.parse(t2));
    expect(lastNudgeAt([`nudge:${t1}`, `nudge:${t2}`])).toBe(Date.parse(t2));
    expect(lastNudgeAt(['nudge:not a date', `nudge:${t1}`, 'nudge:'])).toBe(Date.parse(t1));
    expect(lastNudgeAt([`nudge:${t1}`, 'nudge:not a date'])).toBe(Date.parse(t1));
    expect(lastNudgeAt([`other:${t2}`, `deadline:${META}:1h`])).toBeNull();
    expect(lastNudgeAt([`other:${t2}`, `nudge:${t1}`])).toBe(Date.parse(t1));
  });
});

describe('when the next nudge can come', () => {
  const real = catalogWith();
  // X to do (no date) and a Meta form waiting for its answer until 30 days after its sending.
  const sentAt = days(TODAY, -28);
  const state = stateWith({
    accounts: [on(1, 'facebook', [META]), on(2, 'x', [X])],
    events: [step(1, META, sentAt, { kind: 'submitted', source: 'person' })],
  });

  it('a week after a nudge due now (not yet shown)', () => {
    expect(due(state, real, TODAY).map((r) => r.kind)).toEqual(['nudge']);
    const onlyToDo = stateWith({ accounts: [on(2, 'x', [X])] });
    expect(next(onlyToDo, real, TODAY)).toEqual(ms(TODAY, WEEK));
  });

  it('not before a week after the last one, even when a follow-up falls due sooner', () => {
    const nudged = { ...state, remindersSent: [`nudge:${iso(days(TODAY, -1))}`] };
    expect(due(nudged, real, TODAY)).toEqual([]);
    expect(next(nudged, real, TODAY)).toEqual(days(TODAY, 6));
  });

  it('when a follow-up falls due, once the week is over', () => {
    const quiet = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: state.events,
      remindersSent: [`nudge:${iso(days(TODAY, -6.5))}`],
    });
    expect(due(quiet, real, TODAY)).toEqual([]);
    expect(next(quiet, real, TODAY)).toEqual(days(TODAY, 2));
    const recent = { ...quiet, remindersSent: [`nudge:${iso(days(TODAY, -1))}`] };
    expect(next(recent, real, TODAY)).toEqual(days(TODAY, 6));
  });
});

describe('nextReminderAt and the settings', () => {
  const real = catalogWith();
  const state = stateWith({ accounts: [on(2, 'x', [X])], remindersSent: [`nudge:${iso(days(TODAY, -1))}`] });

  it('is the schedule once a pause ends now, or when the pause cannot be read', () => {
    expect(next(state, real, TODAY)).toEqual(days(TODAY, 6));
    expect(next(withSettings(state, { remindersPausedUntil: iso(TODAY) }), real, TODAY)).toEqual(days(TODAY, 6));
    expect(next(withSettings(state, { remindersPausedUntil: 'soon' }), real, TODAY)).toEqual(days(TODAY, 6));
    expect(next(withSettings(state, { remindersPausedUntil: iso(ms(TODAY, 1)) }), real, TODAY)).toEqual(ms(TODAY, 1));
    expect(next(withSettings(state, { remindersPausedUntil: iso(days(TODAY, 9)) }), real, TODAY)).toEqual(days(TODAY, 9));
  });

  it('is nothing while paused for ever or switched off', () => {
    expect(next(withSettings(state, { remindersPausedUntil: 'forever' }), real, TODAY)).toBeNull();
    expect(next(withSettings(state, { remindersEnabled: false }), real, TODAY)).toBeNull();
  });

  it('shows nothing already shown, and the rest', () => {
    const catalog = catalogWith({ [META]: days(TODAY, 2) });
    const two = stateWith({ accounts: [on(1, 'facebook', [META]), on(2, 'x', [X])] });
    expect(due(two, catalog, TODAY).map((r) => r.kind)).toEqual(['deadline-approaching', 'nudge']);
    const sent = { ...two, remindersSent: [`deadline:${META}:3d`] };
    expect(due(sent, catalog, TODAY).map((r) => r.kind)).toEqual(['nudge']);
  });
});
