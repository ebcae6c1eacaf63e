/**
 * The generated types hold call sites to the English messages: a missing key or a wrong parameter
 * is a type error (each `@ts-expect-error` below fails `npm run typecheck` if the call compiles).
 */
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@shared/i18n/load';
import type { Messages } from '@shared/i18n/messages';

/** Calls that must not compile; never run. */
export function refusedCalls(t: Messages): unknown[] {
  return [
    // @ts-expect-error a key that is not in en.json
    t.checklist.noSuchMessage,
    // @ts-expect-error a missing parameter
    t.checklist.doneOf({ done: 1 }),
    // @ts-expect-error a parameter of the wrong type
    t.checklist.doneOf({ done: '1', total: 3 }),
    // @ts-expect-error a parameter English does not have
    t.checklist.nextUp({ label: 'x', extra: 1 }),
    // @ts-expect-error positional arguments (the old TypeScript messages) are gone
    t.checklist.nextUp('x'),
    // @ts-expect-error a message without parameters is a text, not a function
    t.checklist.accountsHeading(),
  ];
}

describe('message call sites', () => {
  it('take one named-parameters object, and give a text', async () => {
    const t = await loadMessages('en');
    expect(t.checklist.doneOf({ done: 1, total: 3 })).toBe('Done: 1 of 3');
    expect(t.checklist.nextUp({ label: 'Marie' })).toBe('Next: Marie');
    expect(t.checklist.accountsHeading).toBe('Your accounts');
    expect(typeof refusedCalls).toBe('function');
  });
});
