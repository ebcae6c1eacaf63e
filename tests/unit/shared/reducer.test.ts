import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { applyCommand, type Applied, type ReducerContext } from '../../../src/shared/domain/reducer';
import type { Command } from '../../../src/shared/domain/commands';
import type { AppState, EvidenceRecord } from '../../../src/shared/domain/types';
import { defaultState } from '../../../src/shared/domain/defaults';
import { deriveStatus } from '../../../src/shared/domain/status';
import { META, sequentialIds } from '../../support/domain-fixtures';

const catalog = builtInCatalog();
const now = new Date('2025-05-20T10:00:00.000Z');
/** One id source for the whole file, so states built in steps never reuse an id. */
const ids = sequentialIds();

function run(commands: readonly Command[], start: AppState = defaultState()): { state: AppState; results: Applied[] } {
  const ctx: ReducerContext = { now, newId: ids, catalog };
  let state = start;
  const results: Applied[] = [];
  for (const command of commands) {
    const applied = applyCommand(state, command, ctx);
    results.push(applied);
    if (applied.ok) state = applied.state;
  }
  return { state, results };
}

const add = (
  label: string,
  group: Extract<Command, { kind: 'add-account' }>['group'] = { kind: 'none' },
  platform: 'facebook' | 'instagram' = 'facebook',
): Command => ({
  kind: 'add-account',
  platform,
  label,
  email: ' marie@example.fr ',
  group,
  campaignIds: [],
});

describe('applyCommand', () => {
  it('adds an account with a fresh id, trimmed fields and every campaign for its platform', () => {
    const { state } = run([add('  Marie (perso) ')]);
    expect(state.accounts).toHaveLength(1);
    expect(state.accounts[0]).toMatchObject({
      label: 'Marie (perso)',
      email: 'marie@example.fr',
      platform: 'facebook',
      groupId: null,
      createdAt: now.toISOString(),
    });
    expect(state.accounts[0]?.campaignIds).toContain(META);
    expect(state.accounts[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates a group once and reuses it by name', () => {
    const { state } = run([add('FB', { kind: 'new', name: 'Marie' }), add('IG', { kind: 'new', name: ' marie ' }, 'instagram')]);
    expect(state.groups).toHaveLength(1);
    expect(state.accounts.map((a) => a.groupId)).toEqual([state.groups[0]?.id, state.groups[0]?.id]);
  });

  it.each<[string, Command, string]>([
    ['an empty label', { ...(add('x') as Extract<Command, { kind: 'add-account' }>), label: '   ' }, 'label-empty'],
    ['an unknown group', add('x', { kind: 'existing', groupId: '99999999-0000-4000-8000-000000000001' }), 'group-missing'],
    [
      'a campaign that does not concern the platform',
      { ...(add('x') as Extract<Command, { kind: 'add-account' }>), campaignIds: ['nope'] },
      'campaign-not-for-platform',
    ],
    [
      'an edit of a missing account',
      { kind: 'edit-account', accountId: '99999999-0000-4000-8000-000000000001', label: 'x', email: null, group: { kind: 'none' } },
      'account-missing',
    ],
    [
      'an event for a missing account',
      { kind: 'record', accountId: '99999999-0000-4000-8000-000000000001', campaignId: META, event: { kind: 'form-opened' } },
      'account-missing',
    ],
  ])('refuses %s and changes nothing', (_name, command, message) => {
    const start = defaultState();
    const result = applyCommand(start, command, { now, newId: sequentialIds(), catalog });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(message);
  });

  it('records events that drive the derived status', () => {
    const { state: withAccount } = run([add('FB')]);
    const id = withAccount.accounts[0]?.id ?? '';
    const { state } = run(
      [
        { kind: 'record', accountId: id, campaignId: META, event: { kind: 'form-opened' } },
        { kind: 'record', accountId: id, campaignId: META, event: { kind: 'submitted', source: 'person' } },
      ],
      withAccount,
    );
    expect(state.events.map((e) => e.kind)).toEqual(['form-opened', 'submitted']);
    expect(deriveStatus(state, id, META, catalog)).toEqual({ kind: 'submitted', source: 'person', at: now.toISOString() });
  });

  it('edits an account and drops the group nobody uses any more', () => {
    const { state: before } = run([add('FB', { kind: 'new', name: 'Old' })]);
    const id = before.accounts[0]?.id ?? '';
    const { state } = run(
      [{ kind: 'edit-account', accountId: id, label: 'FB work', email: '', group: { kind: 'new', name: 'New' } }],
      before,
    );
    expect(state.accounts[0]).toMatchObject({ label: 'FB work', email: null });
    expect(state.groups.map((g) => g.name)).toEqual(['New']);
  });

  it('removes an account with its events and evidence', () => {
    const { state: before } = run([add('FB'), add('IG', { kind: 'none' }, 'instagram')]);
    const [fb, ig] = before.accounts;
    const record: EvidenceRecord = {
      id: '77777777-0000-4000-8000-000000000001',
      accountId: fb?.id ?? '',
      campaignId: META,
      origin: 'page',
      url: 'https://www.facebook.com/',
      savedAt: now.toISOString(),
      zone: 'Europe/Paris',
      files: [],
    };
    const { state } = run(
      [
        { kind: 'record', accountId: fb?.id ?? '', campaignId: META, event: { kind: 'form-opened' } },
        { kind: 'add-evidence', record },
        { kind: 'record', accountId: ig?.id ?? '', campaignId: META, event: { kind: 'form-opened' } },
        { kind: 'remove-account', accountId: fb?.id ?? '' },
      ],
      before,
    );
    expect(state.accounts.map((a) => a.label)).toEqual(['IG']);
    expect(state.events.every((e) => e.accountId === ig?.id)).toBe(true);
    expect(state.evidence).toEqual([]);
  });

  it('adds evidence with an evidence-saved event', () => {
    const { state: before } = run([add('FB')]);
    const id = before.accounts[0]?.id ?? '';
    const record: EvidenceRecord = {
      id: '77777777-0000-4000-8000-000000000001',
      accountId: id,
      campaignId: META,
      origin: 'page',
      url: 'https://www.facebook.com/',
      savedAt: now.toISOString(),
      zone: 'Europe/Paris',
      files: [],
    };
    const { state } = run([{ kind: 'add-evidence', record }], before);
    expect(state.evidence).toEqual([record]);
    expect(state.events.at(-1)).toMatchObject({ kind: 'evidence-saved', evidenceId: record.id, accountId: id });
  });

  it('marks reminders sent once, returning the same state when nothing is new', () => {
    const { state } = run([{ kind: 'mark-reminders-sent', keys: ['a', 'b'] }]);
    expect(state.remindersSent).toEqual(['a', 'b']);
    const again = applyCommand(state, { kind: 'mark-reminders-sent', keys: ['b'] }, { now, newId: sequentialIds(), catalog });
    expect(again.ok && again.state).toBe(state);
  });

  it('patches settings and resets to defaults', () => {
    const { state } = run([{ kind: 'set-settings', patch: { locale: 'fr', theme: 'dark' } }, add('FB')]);
    expect(state.settings).toMatchObject({ locale: 'fr', theme: 'dark', remindersEnabled: true });
    const { state: reset } = run([{ kind: 'reset' }], state);
    expect(reset).toEqual(defaultState());
  });
});

describe('remove-account keeps everyone else', () => {
  it("removes only that account's events and proof; the other account's stay, every one", () => {
    const { state } = run([add('One'), add('Two')]);
    const [one, two] = state.accounts;
    if (one === undefined || two === undefined) throw new Error('accounts');
    const proof = (accountId: string, id: string): EvidenceRecord => ({
      id,
      accountId,
      campaignId: META,
      origin: 'page',
      url: 'https://www.facebook.com/help',
      savedAt: '2025-05-20T12:00:00+02:00',
      zone: 'Europe/Paris',
      files: [],
    });
    const withProgress = run(
      [
        { kind: 'record', accountId: one.id, campaignId: META, event: { kind: 'form-opened' } },
        { kind: 'record', accountId: two.id, campaignId: META, event: { kind: 'form-opened' } },
        { kind: 'record', accountId: two.id, campaignId: META, event: { kind: 'submitted', source: 'person' } },
        { kind: 'add-evidence', record: proof(one.id, ids()) },
        { kind: 'add-evidence', record: proof(two.id, ids()) },
      ],
      state,
    ).state;
    const removed = run([{ kind: 'remove-account', accountId: one.id }], withProgress).state;
    expect(removed.events.map((event) => event.accountId)).toEqual([two.id, two.id, two.id]);
    expect(removed.evidence.map((record) => record.accountId)).toEqual([two.id]);
    expect(removed.accounts.map((account) => account.id)).toEqual([two.id]);
  });
});

describe('limits', () => {
  it('refuses an account past STATE_LIMITS (the store could not load it again), and changes nothing', () => {
    const full: AppState = {
      ...defaultState(),
      accounts: Array.from({ length: 10_000 }, (_, n) => ({
        id: `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`,
        platform: 'facebook',
        label: `a${n}`,
        email: null,
        groupId: null,
        campaignIds: [META],
        createdAt: now.toISOString(),
      })),
    };
    const { state, results } = run([add('One too many')], full);
    expect(results[0]).toEqual({ ok: false, error: 'limit-reached' });
    expect(state).toBe(full);
  });
});

describe('unmark-reminders-sent', () => {
  it('makes a reminder due again, and changes nothing when it was not marked', () => {
    const marked = run([{ kind: 'mark-reminders-sent', keys: ['a', 'b'] }]).state;
    expect(run([{ kind: 'unmark-reminders-sent', keys: ['a'] }], marked).state.remindersSent).toEqual(['b']);
    expect(run([{ kind: 'unmark-reminders-sent', keys: ['z'] }], marked).state).toBe(marked);
  });
});
