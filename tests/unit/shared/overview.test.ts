/**
 * `overview` as a table: where every campaign stands now, with the rule for "finished" (needs
 * nothing from the person now). The shared suite runs under three time zones: none of these
 * depends on the machine's.
 */
import { describe, expect, it } from 'vitest';
import { overview, type Overview } from '@shared/index';
import { campaignProgress, nextPair, nextRecheck } from '@shared/domain/overview';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import type { AppState, Catalog } from '@shared/domain/types';
import { groupId, stateWith } from '../../support/domain-fixtures';
import { LINKEDIN, META, TODAY, WAVE, X, catalogWith, days, on, step } from './campaign-fixtures';

const real = catalogWith();
const META_AT = '2025-05-26T22:00:00Z';
const LINKEDIN_AT = '2025-11-03T00:00:00Z';
const off = (n: number, at: Date, campaignId = LINKEDIN) => step(n, campaignId, at, { kind: 'submitted', source: 'person' });

interface Row {
  readonly name: string;
  readonly state: AppState;
  readonly now?: Date;
  readonly catalog?: Catalog;
  readonly expected: Overview;
}

const facebook = on(1, 'facebook', [META]);
const instagram = on(2, 'instagram', [META]);
const linkedin = on(3, 'linkedin', [LINKEDIN]);
const x = on(4, 'x', [X]);
const whatsapp = on(5, 'whatsapp', [META]);

const rows: readonly Row[] = [
  { name: 'no accounts', state: stateWith({}), expected: { campaigns: [], accounts: 0, finished: 0, nextDeadline: null } },
  {
    name: 'today: Meta and LinkedIn passed, X without a date, in catalog order',
    state: stateWith({
      accounts: [x, linkedin, facebook, instagram],
      events: [step(2, META, days(TODAY, -10), { kind: 'confirmed-by-email' }), off(3, days(TODAY, -5))],
    }),
    expected: {
      campaigns: [
        { campaignId: META, deadline: { kind: 'passed', at: META_AT }, accounts: 2, finished: 1 },
        { campaignId: LINKEDIN, deadline: { kind: 'passed', at: LINKEDIN_AT }, accounts: 1, finished: 1 },
        { campaignId: X, deadline: { kind: 'none' }, accounts: 1, finished: 0 },
      ],
      accounts: 4,
      finished: 2,
      nextDeadline: null,
    },
  },
  {
    name: 'a date within 72 hours is due soon, and the nearest ahead while something is left',
    catalog: catalogWith({ [LINKEDIN]: days(TODAY, 2), [META]: days(TODAY, 20) }),
    state: stateWith({ accounts: [facebook, linkedin] }),
    expected: {
      campaigns: [
        { campaignId: META, deadline: { kind: 'upcoming', at: days(TODAY, 20).toISOString() }, accounts: 1, finished: 0 },
        { campaignId: LINKEDIN, deadline: { kind: 'due-soon', at: days(TODAY, 2).toISOString() }, accounts: 1, finished: 0 },
      ],
      accounts: 2,
      finished: 0,
      nextDeadline: { campaignId: LINKEDIN, at: days(TODAY, 2).toISOString() },
    },
  },
  {
    name: 'a date ahead for a campaign with nothing left does not count as the next deadline',
    catalog: catalogWith({ [LINKEDIN]: days(TODAY, 2), [META]: days(TODAY, 20) }),
    state: stateWith({ accounts: [facebook, linkedin], events: [off(3, days(TODAY, -1))] }),
    expected: {
      campaigns: [
        { campaignId: META, deadline: { kind: 'upcoming', at: days(TODAY, 20).toISOString() }, accounts: 1, finished: 0 },
        { campaignId: LINKEDIN, deadline: { kind: 'due-soon', at: days(TODAY, 2).toISOString() }, accounts: 1, finished: 1 },
      ],
      accounts: 2,
      finished: 1,
      nextDeadline: { campaignId: META, at: days(TODAY, 20).toISOString() },
    },
  },
  {
    name: 'Accounts Center coverage: one confirmation finishes the group (Meta only)',
    state: stateWith({
      groups: [{ id: groupId(1), name: 'Marie' }],
      accounts: [
        on(1, 'facebook', [META], { groupId: groupId(1) }),
        on(2, 'instagram', [META], { groupId: groupId(1) }),
        on(7, 'instagram', [META]),
      ],
      events: [step(1, META, days(TODAY, -3), { kind: 'confirmed-on-page', url: 'https://www.facebook.com/x' })],
    }),
    expected: {
      campaigns: [{ campaignId: META, deadline: { kind: 'passed', at: META_AT }, accounts: 3, finished: 2 }],
      accounts: 3,
      finished: 2,
      nextDeadline: null,
    },
  },
  {
    name: 'not applicable is finished; an optional target (WhatsApp) is never missing',
    state: stateWith({
      accounts: [facebook, whatsapp],
      events: [step(1, META, days(TODAY, -3), { kind: 'marked-not-applicable', reason: 'under-18' })],
    }),
    expected: {
      campaigns: [{ campaignId: META, deadline: { kind: 'passed', at: META_AT }, accounts: 2, finished: 2 }],
      accounts: 2,
      finished: 2,
      nextDeadline: null,
    },
  },
  {
    name: 'a setting one day before its re-check is finished',
    state: stateWith({ accounts: [linkedin], events: [off(3, days(TODAY, -89))] }),
    expected: {
      campaigns: [{ campaignId: LINKEDIN, deadline: { kind: 'passed', at: LINKEDIN_AT }, accounts: 1, finished: 1 }],
      accounts: 1,
      finished: 1,
      nextDeadline: null,
    },
  },
  {
    name: 'a setting whose re-check is due needs the person again',
    state: stateWith({ accounts: [linkedin], events: [off(3, days(TODAY, -90))] }),
    expected: {
      campaigns: [{ campaignId: LINKEDIN, deadline: { kind: 'passed', at: LINKEDIN_AT }, accounts: 1, finished: 0 }],
      accounts: 1,
      finished: 0,
      nextDeadline: null,
    },
  },
  {
    name: 'with re-checks switched off in the settings, a switched-off setting stays finished',
    state: {
      ...stateWith({ accounts: [linkedin], events: [off(3, days(TODAY, -400))] }),
      settings: { ...DEFAULT_SETTINGS, recheckReminders: false },
    },
    expected: {
      campaigns: [{ campaignId: LINKEDIN, deadline: { kind: 'passed', at: LINKEDIN_AT }, accounts: 1, finished: 1 }],
      accounts: 1,
      finished: 1,
      nextDeadline: null,
    },
  },
  {
    name: 'a fresh re-check finishes it again',
    state: stateWith({
      accounts: [linkedin],
      events: [off(3, days(TODAY, -200)), step(3, LINKEDIN, days(TODAY, -1), { kind: 'rechecked', source: 'person' })],
    }),
    expected: {
      campaigns: [{ campaignId: LINKEDIN, deadline: { kind: 'passed', at: LINKEDIN_AT }, accounts: 1, finished: 1 }],
      accounts: 1,
      finished: 1,
      nextDeadline: null,
    },
  },
  {
    name: 'a form waiting for its answer needs nothing now; no answer after 30 days, or a refusal, needs the person',
    state: stateWith({
      accounts: [facebook, instagram, on(6, 'facebook', [META])],
      events: [
        step(1, META, days(TODAY, -29), { kind: 'submitted', source: 'person' }),
        step(2, META, days(TODAY, -30), { kind: 'submitted', source: 'person' }),
        step(6, META, days(TODAY, -5), { kind: 'submitted', source: 'person' }),
        step(6, META, days(TODAY, -2), { kind: 'platform-refused', note: 'They ask for ID' }),
      ],
    }),
    expected: {
      campaigns: [{ campaignId: META, deadline: { kind: 'passed', at: META_AT }, accounts: 3, finished: 1 }],
      accounts: 3,
      finished: 1,
      nextDeadline: null,
    },
  },
  {
    name: 'a complaint filed after no answer needs nothing more now',
    state: stateWith({
      accounts: [facebook],
      events: [
        step(1, META, days(TODAY, -60), { kind: 'submitted', source: 'person' }),
        step(1, META, days(TODAY, -20), { kind: 'complaint-filed', authorityId: 'ie-dpc' }),
      ],
    }),
    expected: {
      campaigns: [{ campaignId: META, deadline: { kind: 'passed', at: META_AT }, accounts: 1, finished: 1 }],
      accounts: 1,
      finished: 1,
      nextDeadline: null,
    },
  },
  {
    name: 'an account on two campaigns counts once in each',
    catalog: catalogWith({}, days(TODAY, 30)),
    state: stateWith({
      accounts: [on(1, 'facebook', [META, WAVE])],
      events: [step(1, META, days(TODAY, -3), { kind: 'confirmed-by-email' })],
    }),
    expected: {
      campaigns: [
        { campaignId: META, deadline: { kind: 'passed', at: META_AT }, accounts: 1, finished: 1 },
        { campaignId: WAVE, deadline: { kind: 'upcoming', at: days(TODAY, 30).toISOString() }, accounts: 1, finished: 0 },
      ],
      accounts: 2,
      finished: 1,
      nextDeadline: { campaignId: WAVE, at: days(TODAY, 30).toISOString() },
    },
  },
];

describe('overview', () => {
  it.each(rows)('$name', ({ state, now = TODAY, catalog = real, expected }) => {
    expect(overview(state, catalog, now)).toEqual(expected);
  });

  it.each([
    ['one millisecond before the date: due soon', -1, 'due-soon'],
    ['at the date: passed', 0, 'passed'],
    ['72 hours before: upcoming', -72 * 3_600_000, 'upcoming'],
    ['a millisecond inside 72 hours: due soon', -72 * 3_600_000 + 1, 'due-soon'],
  ])('turns on the instant, whatever the zone: %s', (_name, offset, kind) => {
    const at = days(TODAY, 10);
    const catalog = catalogWith({ [LINKEDIN]: at });
    const now = new Date(at.getTime() + offset);
    expect(overview(stateWith({ accounts: [linkedin] }), catalog, now).campaigns[0]?.deadline).toEqual({ kind, at: at.toISOString() });
  });

  it('drops the next deadline the moment it passes', () => {
    const at = days(TODAY, 1);
    const catalog = catalogWith({ [LINKEDIN]: at });
    const state = stateWith({ accounts: [linkedin] });
    expect(overview(state, catalog, new Date(at.getTime() - 1)).nextDeadline).toEqual({ campaignId: LINKEDIN, at: at.toISOString() });
    expect(overview(state, catalog, at).nextDeadline).toBeNull();
  });
});

describe('what the screens take from it', () => {
  it('picks an account whose page is open before one still to do, in catalog order', () => {
    const state = stateWith({ accounts: [facebook, x], events: [step(4, X, days(TODAY, -1), { kind: 'form-opened' })] });
    expect(nextPair(campaignProgress(state, real, TODAY))?.account.id).toBe(x.id);
  });

  it('knows the next re-check ahead, and none with re-checks off', () => {
    const state = stateWith({ accounts: [linkedin, x], events: [off(3, days(TODAY, -10)), off(4, days(TODAY, -20), X)] });
    expect(nextRecheck(campaignProgress(state, real, TODAY))).toBe(days(TODAY, 70).toISOString());
    const quiet = { ...state, settings: { ...DEFAULT_SETTINGS, recheckReminders: false } };
    expect(nextRecheck(campaignProgress(quiet, real, TODAY))).toBeNull();
  });
});
