/**
 * Tests written for the survivors of the mutation run of `status.ts` (docs/testing.md, "Mutation
 * testing"): several candidates per scenario, both kinds of campaign (with and without Accounts
 * Center coverage), every step kind, and equal times.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { deriveAllStatuses, deriveStatus, eventsOf, ownStatus } from '../../../src/shared/domain/status';
import type { ProgressEvent, Status } from '../../../src/shared/domain/types';
import { account, accountId, event, groupId, META, stateWith } from '../../support/domain-fixtures';

const catalog = builtInCatalog();
/** A campaign of the built-in catalog without group coverage, after Meta's in the catalog. */
const LINKEDIN = 'linkedin-genai-2025';
const T = (hour: number): string => `2025-05-20T${String(hour).padStart(2, '0')}:00:00.000Z`;
const g1 = groupId(1);
const g2 = groupId(2);
const groups = [
  { id: g1, name: 'Marie' },
  { id: g2, name: 'Paul' },
];

/** Both ways of reading one account's status must agree. */
function both(state: ReturnType<typeof stateWith>, n: number, campaignId = META): Status | undefined {
  const single = deriveStatus(state, accountId(n), campaignId, catalog);
  const all = deriveAllStatuses(state, campaignId, catalog).get(accountId(n));
  expect(all).toEqual(single);
  return single;
}

describe('the catalog assumptions these tests rest on', () => {
  it('Meta covers groups, LinkedIn does not, and Meta comes first', () => {
    expect(catalog.campaigns[0]?.id).toBe(META);
    expect(catalog.campaigns.find((c) => c.id === META)?.groupCoverage).toBe(true);
    expect(catalog.campaigns.find((c) => c.id === LINKEDIN)?.groupCoverage).toBe(false);
  });
});

describe('eventsOf', () => {
  it('keeps apart an account and campaign whose names would run together', () => {
    const a = { id: 'e1', accountId: 'ab', campaignId: 'c', at: T(1), kind: 'form-opened' } as ProgressEvent;
    const b = { id: 'e2', accountId: 'a', campaignId: 'bc', at: T(2), kind: 'reopened' } as ProgressEvent;
    const events = [a, b];
    expect(eventsOf(events, 'ab', 'c')).toEqual([a]);
    expect(eventsOf(events, 'a', 'bc')).toEqual([b]);
    expect(eventsOf(events, 'a', 'c')).toEqual([]);
  });

  it('gathers every event of a pair, in time order, equal times in log order', () => {
    const e1 = event(1, T(5), { kind: 'form-opened' });
    const e2 = event(1, T(3), { kind: 'confirmed-by-email' });
    const e3 = event(1, T(3), { kind: 'reopened' });
    const other = event(2, T(1), { kind: 'form-opened' });
    const e4 = event(1, T(1), { kind: 'submitted', source: 'person' });
    const e5 = event(1, T(3), { kind: 'form-opened' });
    const events = [e1, e2, other, e3, e4, e5];
    expect(eventsOf(events, accountId(1), META)).toEqual([e4, e2, e3, e5, e1]);
    expect(eventsOf(events, accountId(2), META)).toEqual([other]);
    expect(eventsOf(events, accountId(3), META)).toEqual([]);
  });

  it('leaves a log that is already in order as it is, equal times included', () => {
    const list = [
      event(1, T(1), { kind: 'form-opened' }),
      event(1, T(2), { kind: 'confirmed-by-email' }),
      event(1, T(2), { kind: 'reopened' }),
      event(1, T(2), { kind: 'form-opened' }),
    ];
    expect(eventsOf(list, accountId(1), META)).toEqual(list);
  });

  it('reads equal times in log order when the log is out of order elsewhere', () => {
    // The T(0) event comes last in the log, so the list is sorted; the T(2) pair must keep its order.
    const late = [
      event(1, T(2), { kind: 'confirmed-by-email' }),
      event(1, T(2), { kind: 'reopened' }),
      event(1, T(0), { kind: 'form-opened' }),
    ];
    expect(ownStatus(late, accountId(1), META)).toEqual({ kind: 'to-do' });
    const reversed = [
      event(1, T(2), { kind: 'reopened' }),
      event(1, T(2), { kind: 'confirmed-by-email' }),
      event(1, T(0), { kind: 'form-opened' }),
    ];
    expect(ownStatus(reversed, accountId(1), META)).toEqual({ kind: 'confirmed', confidence: 'by-email', at: T(2) });
  });

  it('keeps equal times in log order in a long log, where the sort merges runs', () => {
    // 200 events over five hours, out of order: long enough that the sort merges runs instead of
    // inserting one event at a time, so it compares events in both directions.
    const hourOf = (k: number): number => (k * 7) % 5;
    const list = Array.from({ length: 200 }, (_, k) => event(1, T(hourOf(k)), { kind: 'form-opened' }));
    const expected = [0, 1, 2, 3, 4].flatMap((hour) => list.filter((_, k) => hourOf(k) === hour));
    expect(eventsOf(list, accountId(1), META).map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it('sorts many events spread over the log', () => {
    const hours = [7, 2, 9, 1, 4, 8, 3, 6, 5];
    const list = hours.map((h) => event(1, T(h), { kind: 'form-opened' }));
    expect(eventsOf(list, accountId(1), META).map((e) => e.at)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map(T));
  });
});

describe('each step kind', () => {
  const cases: [string, ProgressEvent[], Status][] = [
    [
      'a second on-page confirmation moves the date',
      [event(1, T(3), { kind: 'confirmed-on-page', url: 'https://x' }), event(1, T(4), { kind: 'confirmed-on-page', url: 'https://y' })],
      { kind: 'confirmed', confidence: 'on-page', at: T(4) },
    ],
    [
      'an on-page confirmation after "sent"',
      [event(1, T(2), { kind: 'submitted', source: 'detected' }), event(1, T(4), { kind: 'confirmed-on-page', url: 'https://y' })],
      { kind: 'confirmed', confidence: 'on-page', at: T(4) },
    ],
    [
      'an e-mail after another e-mail moves the date',
      [event(1, T(3), { kind: 'confirmed-by-email' }), event(1, T(6), { kind: 'confirmed-by-email' })],
      { kind: 'confirmed', confidence: 'by-email', at: T(6) },
    ],
    [
      '"sent" after an on-page confirmation keeps it',
      [event(1, T(3), { kind: 'confirmed-on-page', url: 'https://x' }), event(1, T(4), { kind: 'submitted', source: 'person' })],
      { kind: 'confirmed', confidence: 'on-page', at: T(3) },
    ],
    [
      'a form opened after "in progress" keeps the first date',
      [event(1, T(1), { kind: 'form-opened' }), event(1, T(2), { kind: 'form-opened' })],
      { kind: 'in-progress', since: T(1) },
    ],
    [
      'a form opened after a confirmation keeps it',
      [event(1, T(1), { kind: 'confirmed-by-email' }), event(1, T(2), { kind: 'form-opened' })],
      { kind: 'confirmed', confidence: 'by-email', at: T(1) },
    ],
    [
      'a re-check seen on the page confirms it on the page, from "to do"',
      [event(1, T(2), { kind: 'rechecked', source: 'detected' })],
      { kind: 'confirmed', confidence: 'on-page', at: T(2) },
    ],
    [
      'a re-check seen on the page replaces an e-mail confirmation',
      [event(1, T(1), { kind: 'confirmed-by-email' }), event(1, T(2), { kind: 'rechecked', source: 'detected' })],
      { kind: 'confirmed', confidence: 'on-page', at: T(2) },
    ],
    [
      'a re-check by the person, from "to do", is "sent" by the person',
      [event(1, T(2), { kind: 'rechecked', source: 'person' })],
      { kind: 'submitted', source: 'person', at: T(2) },
    ],
    [
      'a re-check by the person after an on-page confirmation is "sent" by the person',
      [event(1, T(1), { kind: 'confirmed-on-page', url: 'https://x' }), event(1, T(2), { kind: 'rechecked', source: 'person' })],
      { kind: 'submitted', source: 'person', at: T(2) },
    ],
    [
      'a re-check by the person after a detected sending is "sent" by the person',
      [event(1, T(1), { kind: 'submitted', source: 'detected' }), event(1, T(2), { kind: 'rechecked', source: 'person' })],
      { kind: 'submitted', source: 'person', at: T(2) },
    ],
    [
      'a re-check by the person keeps an e-mail confirmation',
      [event(1, T(1), { kind: 'confirmed-by-email' }), event(1, T(2), { kind: 'rechecked', source: 'person' })],
      { kind: 'confirmed', confidence: 'by-email', at: T(1) },
    ],
    [
      'a refusal, a "no answer" and a complaint change nothing',
      [
        event(1, T(1), { kind: 'submitted', source: 'person' }),
        event(1, T(2), { kind: 'platform-refused', note: 'no' }),
        event(1, T(3), { kind: 'no-answer' }),
        event(1, T(4), { kind: 'complaint-filed', authorityId: 'cnil' }),
      ],
      { kind: 'submitted', source: 'person', at: T(1) },
    ],
    [
      'not applicable after a confirmation',
      [event(1, T(1), { kind: 'confirmed-by-email' }), event(1, T(2), { kind: 'marked-not-applicable', reason: 'closed' })],
      { kind: 'not-applicable', reason: 'closed', at: T(2) },
    ],
  ];
  it.each(cases)('%s', (_name, events, expected) => {
    const state = stateWith({ accounts: [account(1)], events });
    expect(ownStatus(events, accountId(1), META)).toEqual(expected);
    expect(both(state, 1)).toEqual(expected);
  });

  it('an extra target reads only its own steps, the main target none of them', () => {
    const extra = (at: string, body: Parameters<typeof event>[2]): ProgressEvent => ({
      ...event(1, at, body),
      targetId: 'third-party-data',
    });
    const events = [
      extra(T(1), { kind: 'confirmed-by-email' }),
      event(1, T(2), { kind: 'submitted', source: 'person' }),
      extra(T(3), { kind: 'reopened' }),
      extra(T(4), { kind: 'form-opened' }),
    ];
    expect(ownStatus(events, accountId(1), META)).toEqual({ kind: 'submitted', source: 'person', at: T(2) });
    expect(ownStatus(events, accountId(1), META, 'third-party-data')).toEqual({ kind: 'in-progress', since: T(4) });
    expect(ownStatus(events, accountId(1), META, 'another-target')).toEqual({ kind: 'to-do' });
  });
});

describe('group coverage, with several candidates', () => {
  it('two confirmed members of a group each keep their own confirmation', () => {
    const state = stateWith({
      groups,
      accounts: [account(1, { groupId: g1 }), account(2, { groupId: g1, platform: 'instagram' }), account(3, { groupId: g1 })],
      events: [
        event(1, T(2), { kind: 'confirmed-on-page', url: 'https://x' }),
        event(2, T(4), { kind: 'confirmed-by-email' }),
        event(3, T(1), { kind: 'form-opened' }),
      ],
    });
    expect(both(state, 1)).toEqual({ kind: 'confirmed', confidence: 'on-page', at: T(2) });
    expect(both(state, 2)).toEqual({ kind: 'confirmed', confidence: 'by-email', at: T(4) });
    // The first confirmed member, in account order, covers the others.
    expect(both(state, 3)).toEqual({ kind: 'covered-by-group', byAccountId: accountId(1), at: T(2) });
  });

  it('the covering member is the first confirmed one in account order, not the first member', () => {
    const state = stateWith({
      groups,
      accounts: [
        account(1, { groupId: g1 }),
        account(2, { groupId: g1 }),
        account(3, { groupId: g1 }),
        account(4, { groupId: g1 }),
        account(5, { groupId: g1 }),
      ],
      events: [
        event(1, T(1), { kind: 'submitted', source: 'person' }),
        event(2, T(1), { kind: 'form-opened' }),
        event(3, T(5), { kind: 'confirmed-by-email' }),
        event(4, T(2), { kind: 'confirmed-on-page', url: 'https://x' }),
      ],
    });
    const byThree: Status = { kind: 'covered-by-group', byAccountId: accountId(3), at: T(5) };
    expect(both(state, 1)).toEqual(byThree);
    expect(both(state, 2)).toEqual(byThree);
    expect(both(state, 5)).toEqual(byThree);
    expect(both(state, 4)).toEqual({ kind: 'confirmed', confidence: 'on-page', at: T(2) });
  });

  it('a not-applicable member stays not applicable, in both readings', () => {
    const state = stateWith({
      groups,
      accounts: [account(1, { groupId: g1 }), account(2, { groupId: g1 })],
      events: [event(1, T(1), { kind: 'marked-not-applicable', reason: 'gone' }), event(2, T(2), { kind: 'confirmed-by-email' })],
    });
    expect(both(state, 1)).toEqual({ kind: 'not-applicable', reason: 'gone', at: T(1) });
  });

  it('an ungrouped account is not covered, whatever the groups around it', () => {
    const state = stateWith({
      groups,
      accounts: [account(1, { groupId: g1 }), account(2), account(3, { groupId: g1 }), account(4)],
      events: [event(3, T(2), { kind: 'confirmed-by-email' }), event(4, T(3), { kind: 'confirmed-by-email' })],
    });
    expect(both(state, 2)).toEqual({ kind: 'to-do' });
    expect(both(state, 1)).toEqual({ kind: 'covered-by-group', byAccountId: accountId(3), at: T(2) });
  });

  it('each group is covered by its own confirmed member', () => {
    const state = stateWith({
      groups,
      accounts: [account(1, { groupId: g2 }), account(2, { groupId: g1 }), account(3, { groupId: g1 }), account(4, { groupId: g2 })],
      events: [event(2, T(2), { kind: 'confirmed-by-email' }), event(4, T(3), { kind: 'confirmed-on-page', url: 'https://x' })],
    });
    expect(both(state, 1)).toEqual({ kind: 'covered-by-group', byAccountId: accountId(4), at: T(3) });
    expect(both(state, 3)).toEqual({ kind: 'covered-by-group', byAccountId: accountId(2), at: T(2) });
  });

  it('a member that left the campaign covers no one, even with a confirmation on it', () => {
    const state = stateWith({
      groups,
      accounts: [account(1, { groupId: g1, campaignIds: [LINKEDIN] }), account(2, { groupId: g1 })],
      events: [event(1, T(2), { kind: 'confirmed-by-email' })],
    });
    expect(both(state, 2)).toEqual({ kind: 'to-do' });
    expect(deriveAllStatuses(state, META, catalog).has(accountId(1))).toBe(false);
  });

  it('a campaign without group coverage covers no one, even in a group', () => {
    const both2 = [META, LINKEDIN];
    const state = stateWith({
      groups,
      accounts: [account(1, { groupId: g1, campaignIds: both2 }), account(2, { groupId: g1, campaignIds: both2 })],
      events: [
        event(1, T(2), { kind: 'confirmed-by-email', campaignId: LINKEDIN }),
        event(2, T(3), { kind: 'form-opened', campaignId: LINKEDIN }),
        event(1, T(4), { kind: 'confirmed-by-email' }),
      ],
    });
    expect(both(state, 2, LINKEDIN)).toEqual({ kind: 'in-progress', since: T(3) });
    expect(both(state, 2)).toEqual({ kind: 'covered-by-group', byAccountId: accountId(1), at: T(4) });
  });

  it('an unknown account or campaign reads "to do", without a failure', () => {
    const state = stateWith({
      groups,
      accounts: [
        account(1, { groupId: g1, campaignIds: ['retired-campaign'] }),
        account(2, { groupId: g1, campaignIds: ['retired-campaign'] }),
      ],
      events: [event(1, T(2), { kind: 'confirmed-by-email', campaignId: 'retired-campaign' })],
    });
    expect(both(state, 2, 'retired-campaign')).toEqual({ kind: 'to-do' });
    expect(deriveStatus(state, accountId(9), META, catalog)).toEqual({ kind: 'to-do' });
  });
});

describe('deriveAllStatuses', () => {
  it('lists exactly the participating accounts, in account order', () => {
    const state = stateWith({
      groups,
      accounts: [account(3), account(1, { campaignIds: [LINKEDIN] }), account(2, { groupId: g1 }), account(4, { groupId: g1 })],
      events: [event(4, T(1), { kind: 'confirmed-by-email' })],
    });
    const all = deriveAllStatuses(state, META, catalog);
    expect([...all.keys()]).toEqual([accountId(3), accountId(2), accountId(4)]);
    expect([...all.values()]).toEqual([
      { kind: 'to-do' },
      { kind: 'covered-by-group', byAccountId: accountId(4), at: T(1) },
      { kind: 'confirmed', confidence: 'by-email', at: T(1) },
    ]);
  });
});
