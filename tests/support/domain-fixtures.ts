/**
 * Builders for domain tests: a deterministic id source, accounts and events with readable
 * defaults, and a state from parts.
 */
import type { Account, AppState, ProgressEvent } from '../../src/shared/domain/types';
import { defaultState } from '../../src/shared/domain/defaults';

/** Ids 00000000-0000-4000-8000-000000000001, …002, … in order. */
export function sequentialIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-8000-${next.toString(16).padStart(12, '0')}`;
  };
}

/** A fixed id for the n-th test account. */
export const accountId = (n: number): string => `aaaaaaaa-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
/** A fixed id for the n-th test group. */
export const groupId = (n: number): string => `99999999-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The Meta campaign id. */
export const META = 'meta-ai-training-eu-2025';

/** An account with defaults. */
export function account(n: number, overrides: Partial<Account> = {}): Account {
  return {
    id: accountId(n),
    platform: 'facebook',
    label: `Account ${n}`,
    email: null,
    groupId: null,
    campaignIds: [META],
    createdAt: '2025-05-01T08:00:00.000Z',
    ...overrides,
  };
}

let eventCounter = 0;
/** An event for account n on the Meta campaign at `at`. */
export function event(n: number, at: string, body: Record<string, unknown> & { kind: ProgressEvent['kind'] }): ProgressEvent {
  eventCounter += 1;
  return {
    id: `eeeeeeee-0000-4000-8000-${eventCounter.toString(16).padStart(12, '0')}`,
    accountId: accountId(n),
    campaignId: META,
    at,
    ...body,
  } as ProgressEvent;
}

/** A state with these parts. */
export function stateWith(parts: Partial<AppState>): AppState {
  return { ...defaultState(), ...parts };
}
