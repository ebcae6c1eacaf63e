/**
 * Reminders across campaigns: deadline steps only for dates ahead, one nudge a week at most
 * whatever the number of campaigns (to-dos after a date or without one, follow-ups, refusals,
 * re-checks, each follow-up and re-check named once), and nothing for an account needing nothing.
 */
import { describe, expect, it } from 'vitest';
import { dueReminders, keysOf, nextReminderAt, NUDGE_INTERVAL_MS, type Reminder } from '@shared/domain/reminders';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import type { AppState, Catalog } from '@shared/domain/types';
import { stateWith } from '../../support/domain-fixtures';
import { LINKEDIN, META, TODAY, X, catalogWith, days, on, step } from './campaign-fixtures';

const real = catalogWith();
const WEEK = NUDGE_INTERVAL_MS;

/** Shows what is due at `now` and marks it sent, as main does. */
function show(state: AppState, now: Date, catalog: Catalog = real): { shown: readonly Reminder[]; state: AppState } {
  const shown = dueReminders({ state, catalog, now });
  return { shown, state: { ...state, remindersSent: [...state.remindersSent, ...shown.flatMap(keysOf)] } };
}

const items = (reminder: Reminder | undefined) =>
  reminder?.kind === 'nudge' ? reminder.items.map((item) => [item.kind, item.campaignId]) : null;

/** Meta to do (date passed), X to do (no date), LinkedIn due for its re-check, Instagram without an answer. */
const busy = stateWith({
  accounts: [on(1, 'facebook', [META]), on(2, 'instagram', [META]), on(3, 'linkedin', [LINKEDIN]), on(4, 'x', [X])],
  events: [
    step(2, META, days(TODAY, -40), { kind: 'submitted', source: 'person' }),
    step(3, LINKEDIN, days(TODAY, -95), { kind: 'submitted', source: 'person' }),
  ],
});

describe('one nudge a week, across every campaign', () => {
  it('gathers every campaign into one nudge, in catalog order', () => {
    const { shown } = show(busy, TODAY);
    expect(shown).toHaveLength(1);
    expect(items(shown[0])).toEqual([
      ['to-do', META],
      ['no-answer', META],
      ['recheck', LINKEDIN],
      ['to-do', X],
    ]);
  });

  it('stays quiet for a week, even when a new re-check falls due, then nudges again without repeating what it named once', () => {
    let { state } = show(busy, TODAY);
    const withNew = {
      ...state,
      accounts: [...state.accounts, on(5, 'x', [X])],
      events: [...state.events, step(5, X, days(TODAY, -88), { kind: 'submitted', source: 'person' })],
    };
    state = withNew;
    // X #5's re-check falls due two days later: no second nudge within the week.
    expect(dueReminders({ state, catalog: real, now: days(TODAY, 2) })).toEqual([]);
    expect(dueReminders({ state, catalog: real, now: days(TODAY, 6.9) })).toEqual([]);
    expect(nextReminderAt({ state, catalog: real, now: days(TODAY, 3) })).toEqual(new Date(TODAY.getTime() + WEEK));
    const again = show(state, new Date(TODAY.getTime() + WEEK));
    // The follow-up and the first re-check were named last week; the to-dos and the new re-check are named now.
    expect(items(again.shown[0])).toEqual([
      ['to-do', META],
      ['to-do', X],
      ['recheck', X],
    ]);
  });

  it('never fires twice for the same moment, and each reminder only once', () => {
    const first = show(busy, TODAY);
    expect(dueReminders({ state: first.state, catalog: real, now: TODAY })).toEqual([]);
    expect(new Set(first.state.remindersSent).size).toBe(first.state.remindersSent.length);
  });

  it('names a recorded refusal once, with what to do', () => {
    const refused = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: [
        step(1, META, days(TODAY, -5), { kind: 'submitted', source: 'person' }),
        step(1, META, days(TODAY, -1), { kind: 'platform-refused', note: 'no' }),
      ],
    });
    const first = show(refused, TODAY);
    expect(items(first.shown[0])).toEqual([['refused', META]]);
    expect(dueReminders({ state: first.state, catalog: real, now: days(TODAY, 8) })).toEqual([]);
  });

  it('asks for no re-check when re-checks are switched off', () => {
    const quiet = {
      ...stateWith({
        accounts: [on(3, 'linkedin', [LINKEDIN])],
        events: [step(3, LINKEDIN, days(TODAY, -200), { kind: 'submitted', source: 'person' })],
      }),
      settings: { ...DEFAULT_SETTINGS, recheckReminders: false },
    };
    expect(dueReminders({ state: quiet, catalog: real, now: TODAY })).toEqual([]);
    expect(nextReminderAt({ state: quiet, catalog: real, now: TODAY })).toBeNull();
  });

  it('wakes when a re-check or a follow-up falls due', () => {
    const state = stateWith({
      accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN])],
      events: [
        step(1, META, days(TODAY, -10), { kind: 'submitted', source: 'person' }),
        step(3, LINKEDIN, days(TODAY, -85), { kind: 'submitted', source: 'person' }),
      ],
    });
    expect(dueReminders({ state, catalog: real, now: TODAY })).toEqual([]);
    expect(nextReminderAt({ state, catalog: real, now: TODAY })).toEqual(days(TODAY, 5));
    expect(items(show(state, days(TODAY, 5)).shown[0])).toEqual([['recheck', LINKEDIN]]);
    expect(items(show(state, days(TODAY, 20)).shown[0])).toEqual([
      ['no-answer', META],
      ['recheck', LINKEDIN],
    ]);
  });
});

describe('nothing for an account that needs nothing now', () => {
  it('stays silent for confirmed, switched-off, not applicable, optional and complained accounts', () => {
    const state = stateWith({
      accounts: [
        on(1, 'facebook', [META]),
        on(2, 'instagram', [META]),
        on(3, 'linkedin', [LINKEDIN]),
        on(5, 'whatsapp', [META]),
        on(6, 'facebook', [META]),
      ],
      events: [
        step(1, META, days(TODAY, -9), { kind: 'confirmed-by-email' }),
        step(2, META, days(TODAY, -9), { kind: 'marked-not-applicable', reason: 'under-18' }),
        step(3, LINKEDIN, days(TODAY, -9), { kind: 'submitted', source: 'person' }),
        step(6, META, days(TODAY, -60), { kind: 'submitted', source: 'person' }),
        step(6, META, days(TODAY, -20), { kind: 'complaint-filed', authorityId: 'ie-dpc' }),
      ],
    });
    expect(dueReminders({ state, catalog: real, now: TODAY })).toEqual([]);
  });
});

describe('deadline steps only for dates ahead', () => {
  it('counts down to LinkedIn’s date ahead while Meta’s, passed, joins the nudge', () => {
    const catalog = catalogWith({ [LINKEDIN]: days(TODAY, 3) });
    const state = stateWith({ accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN])] });
    const { shown } = show(state, TODAY, catalog);
    expect(shown.map((reminder) => reminder.kind)).toEqual(['deadline-approaching', 'nudge']);
    expect(shown[0]).toMatchObject({ key: `deadline:${LINKEDIN}:3d`, campaignId: LINKEDIN });
    expect(items(shown[1])).toEqual([['to-do', META]]);
  });

  it('has no deadline steps for X, which has no date, and none once the date has passed', () => {
    const state = stateWith({ accounts: [on(4, 'x', [X]), on(3, 'linkedin', [LINKEDIN])] });
    const kinds = dueReminders({ state, catalog: real, now: TODAY }).map((reminder) => reminder.kind);
    expect(kinds).toEqual(['nudge']);
  });
});
