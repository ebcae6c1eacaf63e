import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { deriveAllStatuses, deriveStatus, ownStatus } from '../../../src/shared/domain/status';
import type { ProgressEvent, Status } from '../../../src/shared/domain/types';
import { account, accountId, event, groupId, META, stateWith } from '../../support/domain-fixtures';

const catalog = builtInCatalog();
const T = (hour: number): string => `2025-05-20T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('deriveStatus', () => {
  const cases: [string, (n: number) => ProgressEvent[], Status][] = [
    ['no events', () => [], { kind: 'to-do' }],
    ['form opened', (n) => [event(n, T(1), { kind: 'form-opened' })], { kind: 'in-progress', since: T(1) }],
    [
      'sent, said by the person',
      (n) => [event(n, T(1), { kind: 'form-opened' }), event(n, T(2), { kind: 'submitted', source: 'person' })],
      { kind: 'submitted', source: 'person', at: T(2) },
    ],
    [
      'sent, detected',
      (n) => [event(n, T(2), { kind: 'submitted', source: 'detected' })],
      { kind: 'submitted', source: 'detected', at: T(2) },
    ],
    [
      'confirmed on the page',
      (n) => [
        event(n, T(2), { kind: 'submitted', source: 'person' }),
        event(n, T(3), { kind: 'confirmed-on-page', url: 'https://www.facebook.com/x' }),
      ],
      { kind: 'confirmed', confidence: 'on-page', at: T(3) },
    ],
    [
      'confirmed by e-mail',
      (n) => [event(n, T(3), { kind: 'confirmed-on-page', url: 'https://x' }), event(n, T(5), { kind: 'confirmed-by-email' })],
      { kind: 'confirmed', confidence: 'by-email', at: T(5) },
    ],
    [
      'a later on-page confirmation does not weaken an e-mail one',
      (n) => [event(n, T(5), { kind: 'confirmed-by-email' }), event(n, T(6), { kind: 'confirmed-on-page', url: 'https://x' })],
      { kind: 'confirmed', confidence: 'by-email', at: T(5) },
    ],
    [
      'opening the form again after sending keeps "sent"',
      (n) => [event(n, T(2), { kind: 'submitted', source: 'person' }), event(n, T(4), { kind: 'form-opened' })],
      { kind: 'submitted', source: 'person', at: T(2) },
    ],
    [
      '"I sent it" after a confirmation keeps the confirmation',
      (n) => [event(n, T(3), { kind: 'confirmed-by-email' }), event(n, T(4), { kind: 'submitted', source: 'person' })],
      { kind: 'confirmed', confidence: 'by-email', at: T(3) },
    ],
    [
      'not applicable',
      (n) => [event(n, T(1), { kind: 'marked-not-applicable', reason: 'under 18' })],
      { kind: 'not-applicable', reason: 'under 18', at: T(1) },
    ],
    [
      'reopened goes back to to-do',
      (n) => [event(n, T(3), { kind: 'confirmed-by-email' }), event(n, T(4), { kind: 'reopened' })],
      { kind: 'to-do' },
    ],
    [
      'reopened then opened again',
      (n) => [
        event(n, T(3), { kind: 'confirmed-by-email' }),
        event(n, T(4), { kind: 'reopened' }),
        event(n, T(5), { kind: 'form-opened' }),
      ],
      { kind: 'in-progress', since: T(5) },
    ],
    [
      'events are read in time order, whatever the log order',
      (n) => [event(n, T(4), { kind: 'reopened' }), event(n, T(3), { kind: 'confirmed-by-email' })],
      { kind: 'to-do' },
    ],
    [
      'evidence does not change the status',
      (n) => [
        event(n, T(2), { kind: 'submitted', source: 'detected' }),
        event(n, T(3), { kind: 'evidence-saved', evidenceId: accountId(99) }),
      ],
      { kind: 'submitted', source: 'detected', at: T(2) },
    ],
  ];

  it.each(cases)('%s', (_name, events, expected) => {
    const state = stateWith({ accounts: [account(1)], events: events(1) });
    expect(deriveStatus(state, accountId(1), META, catalog)).toEqual(expected);
    expect(deriveAllStatuses(state, META, catalog).get(accountId(1))).toEqual(expected);
  });

  it('covers unfinished accounts of a group once one of them is confirmed', () => {
    const g = groupId(1);
    const state = stateWith({
      groups: [{ id: g, name: 'Marie' }],
      accounts: [account(1, { groupId: g }), account(2, { groupId: g, platform: 'instagram' }), account(3, { groupId: g }), account(4)],
      events: [
        event(1, T(3), { kind: 'confirmed-on-page', url: 'https://x' }),
        event(3, T(1), { kind: 'marked-not-applicable', reason: 'no public posts' }),
      ],
    });
    const expected: Status = { kind: 'covered-by-group', byAccountId: accountId(1), at: T(3) };
    expect(deriveStatus(state, accountId(2), META, catalog)).toEqual(expected);
    expect(deriveStatus(state, accountId(3), META, catalog).kind).toBe('not-applicable');
    expect(deriveStatus(state, accountId(4), META, catalog).kind).toBe('to-do');
    const all = deriveAllStatuses(state, META, catalog);
    expect(all.get(accountId(2))).toEqual(expected);
    expect(all.get(accountId(1))?.kind).toBe('confirmed');
  });

  it('is not covered by a group member that only says it sent the form', () => {
    const g = groupId(1);
    const state = stateWith({
      groups: [{ id: g, name: 'Marie' }],
      accounts: [account(1, { groupId: g }), account(2, { groupId: g })],
      events: [event(1, T(3), { kind: 'submitted', source: 'person' })],
    });
    expect(deriveStatus(state, accountId(2), META, catalog).kind).toBe('to-do');
  });

  it('keeps the steps of an extra target apart from the main one', () => {
    const extra = { ...event(1, T(2), { kind: 'submitted', source: 'person' }), targetId: 'third-party-data' } as ProgressEvent;
    const state = stateWith({ accounts: [account(1)], events: [event(1, T(1), { kind: 'form-opened' }), extra] });
    expect(ownStatus(state.events, accountId(1), META)).toEqual({ kind: 'in-progress', since: T(1) });
    expect(ownStatus(state.events, accountId(1), META, 'third-party-data')).toEqual({ kind: 'submitted', source: 'person', at: T(2) });
  });
});

describe('group coverage needs a group', () => {
  it('two accounts in no group never cover each other, even when one is confirmed', () => {
    const state = stateWith({
      accounts: [account(1), account(2)],
      events: [event(1, T(1), { kind: 'confirmed-by-email' }), event(2, T(1), { kind: 'form-opened' })],
    });
    expect(deriveStatus(state, accountId(2), META, catalog)).toEqual({ kind: 'in-progress', since: T(1) });
    expect(deriveAllStatuses(state, META, catalog).get(accountId(2))).toEqual({ kind: 'in-progress', since: T(1) });
  });

  it('an account in a group is covered by a confirmed account of that same group only', () => {
    const state = stateWith({
      groups: [
        { id: groupId(1), name: 'A' },
        { id: groupId(2), name: 'B' },
      ],
      accounts: [account(1, { groupId: groupId(1) }), account(2, { groupId: groupId(2) }), account(3, { groupId: groupId(1) })],
      events: [event(1, T(2), { kind: 'confirmed-by-email' })],
    });
    expect(deriveStatus(state, accountId(2), META, catalog)).toEqual({ kind: 'to-do' });
    expect(deriveStatus(state, accountId(3), META, catalog)).toEqual({ kind: 'covered-by-group', byAccountId: accountId(1), at: T(2) });
  });
});
