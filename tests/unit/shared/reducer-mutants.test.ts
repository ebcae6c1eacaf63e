/**
 * Tests written for the survivors of the mutation run of `reducer.ts` (docs/testing.md, "Mutation
 * testing"): several accounts, groups and campaigns per scenario, each refusal beside the command
 * that just passes, every recordable step with its fields, and both sides of each limit.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import {
  applyCommand,
  campaignsForPlatform,
  offeredPlatforms,
  type Applied,
  type ReducerContext,
} from '../../../src/shared/domain/reducer';
import type { Command, GroupChoice, RecordableEvent } from '../../../src/shared/domain/commands';
import type { AppState, Catalog, EvidenceRecord, ProgressEvent } from '../../../src/shared/domain/types';
import { defaultState } from '../../../src/shared/domain/defaults';
import { STATE_LIMITS } from '../../../src/shared/domain/state-schema';
import { account, accountId, event, groupId, META, sequentialIds, stateWith } from '../../support/domain-fixtures';

const catalog = builtInCatalog();
const LINKEDIN = 'linkedin-genai-2025';
const now = new Date('2026-12-01T10:00:00.000Z');
const NOW = now.toISOString();
const ctx = (c: Catalog = catalog): ReducerContext => ({ now, newId: sequentialIds(), catalog: c });
/** The ids `sequentialIds()` hands out, in order. */
const seq = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function applied(result: Applied): AppState {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.state;
}

const g1 = { id: groupId(1), name: 'Marie' };
const g2 = { id: groupId(2), name: 'Paul' };

/** A catalog where Facebook is also a target of the LinkedIn campaign, so a Facebook account has a choice. */
const twoForFacebook: Catalog = {
  ...catalog,
  campaigns: catalog.campaigns.map((campaign) =>
    campaign.id === LINKEDIN
      ? {
          ...campaign,
          targets: [
            ...campaign.targets,
            ...(catalog.campaigns[0]?.targets.filter((t) => t.platform === 'facebook' && t.role === 'main') ?? []),
          ],
        }
      : campaign,
  ),
};

const addFb = (over: Partial<Extract<Command, { kind: 'add-account' }>> = {}): Command => ({
  kind: 'add-account',
  platform: 'facebook',
  label: 'FB',
  email: null,
  group: { kind: 'none' },
  campaignIds: [],
  ...over,
});

const edit = (n: number, over: Partial<Extract<Command, { kind: 'edit-account' }>> = {}): Command => ({
  kind: 'edit-account',
  accountId: accountId(n),
  label: `Account ${n}`,
  email: null,
  group: { kind: 'none' },
  ...over,
});

describe('campaignsForPlatform and offeredPlatforms', () => {
  it('gives each platform only the campaigns that target it, in catalog order', () => {
    expect(campaignsForPlatform(catalog, 'facebook')).toEqual([META]);
    expect(campaignsForPlatform(catalog, 'linkedin')).toEqual([LINKEDIN]);
    expect(campaignsForPlatform(twoForFacebook, 'facebook')).toEqual([META, LINKEDIN]);
    expect(campaignsForPlatform(catalog, 'pinterest')).toEqual(['pinterest-canvas-training']);
  });

  it('leaves out a platform of the catalog that no campaign targets', () => {
    const noPinterest: Catalog = { ...catalog, campaigns: catalog.campaigns.filter((c) => c.id !== 'pinterest-canvas-training') };
    expect(noPinterest.platforms.some((p) => p.id === 'pinterest')).toBe(true);
    expect(offeredPlatforms(noPinterest)).not.toContain('pinterest');
    expect(offeredPlatforms(noPinterest)).toContain('medium');
    expect(campaignsForPlatform(noPinterest, 'pinterest')).toEqual([]);
  });
});

describe('add-account', () => {
  it('keeps the campaigns the person chose, without repeats; none chosen is every one offered', () => {
    const chosen = applied(applyCommand(defaultState(), addFb({ campaignIds: [LINKEDIN, LINKEDIN] }), ctx(twoForFacebook)));
    expect(chosen.accounts[0]?.campaignIds).toEqual([LINKEDIN]);
    const all = applied(applyCommand(defaultState(), addFb(), ctx(twoForFacebook)));
    expect(all.accounts[0]?.campaignIds).toEqual([META, LINKEDIN]);
    const refused = applyCommand(defaultState(), addFb({ campaignIds: [META, 'x-grok-training'] }), ctx(twoForFacebook));
    expect(refused).toEqual({ ok: false, error: 'campaign-not-for-platform' });
  });

  it('builds the whole account: fresh id, trimmed label, no e-mail, the time of now', () => {
    const state = applied(applyCommand(stateWith({ accounts: [account(1)] }), addFb({ label: '  Work  ', email: '   ' }), ctx()));
    expect(state.accounts).toHaveLength(2);
    expect(state.accounts[0]).toEqual(account(1));
    expect(state.accounts[1]).toStrictEqual({
      id: seq(1),
      platform: 'facebook',
      label: 'Work',
      email: null,
      groupId: null,
      campaignIds: [META],
      createdAt: NOW,
    });
  });

  it.each([
    [null, null],
    ['', null],
    ['  ', null],
    [' a@b.fr ', 'a@b.fr'],
  ])('cleans the e-mail %j to %j', (email, expected) => {
    const state = applied(applyCommand(defaultState(), addFb({ email }), ctx()));
    expect(state.accounts[0]?.email).toBe(expected);
  });

  it('a LinkedIn account without a group is accepted', () => {
    const state = applied(applyCommand(defaultState(), addFb({ platform: 'linkedin', group: { kind: 'none' } }), ctx()));
    expect(state.accounts[0]).toMatchObject({ platform: 'linkedin', groupId: null, campaignIds: [LINKEDIN] });
  });

  it('joins an existing group among several; refuses one that is not there', () => {
    const start = stateWith({ groups: [g1, g2] });
    const joined = applied(applyCommand(start, addFb({ group: { kind: 'existing', groupId: g2.id } }), ctx()));
    expect(joined.accounts[0]?.groupId).toBe(g2.id);
    expect(joined.groups).toEqual([g1, g2]);
    const missing = applyCommand(start, addFb({ group: { kind: 'existing', groupId: groupId(3) } }), ctx());
    expect(missing).toEqual({ ok: false, error: 'group-missing' });
  });

  it('makes a new group with a trimmed name, or reuses the one of that name among several', () => {
    const start = stateWith({ groups: [g1, g2] });
    const made = applied(applyCommand(start, addFb({ group: { kind: 'new', name: '  Work  ' } }), ctx()));
    expect(made.groups).toEqual([g1, g2, { id: seq(1), name: 'Work' }]);
    expect(made.accounts[0]?.groupId).toBe(seq(1));
    expect(made.accounts[0]?.id).toBe(seq(2));
    const reused = applied(applyCommand(start, addFb({ group: { kind: 'new', name: ' PAUL ' } }), ctx()));
    expect(reused.groups).toEqual([g1, g2]);
    expect(reused.accounts[0]?.groupId).toBe(g2.id);
  });

  it('refuses a new group with an empty name', () => {
    expect(applyCommand(stateWith({ groups: [g1] }), addFb({ group: { kind: 'new', name: '   ' } }), ctx())).toEqual({
      ok: false,
      error: 'group-name-empty',
    });
  });

  it('refuses a new group at the group limit, but still reuses one of that name', () => {
    const many = Array.from({ length: STATE_LIMITS.groups }, (_, n) => ({ id: groupId(n + 1), name: `g${n}` }));
    const full = stateWith({ groups: many });
    expect(applyCommand(full, addFb({ group: { kind: 'new', name: 'Another' } }), ctx())).toEqual({ ok: false, error: 'limit-reached' });
    const reused = applied(applyCommand(full, addFb({ group: { kind: 'new', name: 'G5' } }), ctx()));
    expect(reused.accounts[0]?.groupId).toBe(groupId(6));
    const roomForOne = stateWith({ groups: many.slice(1) });
    const made = applied(applyCommand(roomForOne, addFb({ group: { kind: 'new', name: 'Another' } }), ctx()));
    expect(made.groups).toHaveLength(STATE_LIMITS.groups);
  });

  it('adds the last account the limit allows', () => {
    const accounts = Array.from({ length: STATE_LIMITS.accounts - 1 }, (_, n) => account(n + 1));
    const state = applied(applyCommand(stateWith({ accounts }), addFb(), ctx()));
    expect(state.accounts).toHaveLength(STATE_LIMITS.accounts);
  });
});

describe('edit-account', () => {
  const three = stateWith({
    groups: [g1, g2],
    accounts: [account(1, { groupId: g1.id }), account(2, { groupId: g1.id }), account(3, { groupId: g2.id })],
  });

  it('edits only the account named, in place, with trimmed fields', () => {
    const state = applied(
      applyCommand(three, edit(2, { label: '  Two  ', email: ' two@x.fr ', group: { kind: 'existing', groupId: g1.id } }), ctx()),
    );
    expect(state.accounts).toEqual([three.accounts[0], { ...three.accounts[1], label: 'Two', email: 'two@x.fr' }, three.accounts[2]]);
    expect(state.groups).toEqual([g1, g2]);
  });

  it('moves an account out of its group, dropping the group only once nobody is in it', () => {
    const once = applied(applyCommand(three, edit(3), ctx()));
    expect(once.accounts.map((a) => a.groupId)).toEqual([g1.id, g1.id, null]);
    expect(once.groups).toEqual([g1]);
    const twice = applied(applyCommand(once, edit(1), ctx()));
    expect(twice.groups).toEqual([g1]);
    expect(applied(applyCommand(twice, edit(2), ctx())).groups).toEqual([]);
  });

  it('refuses an empty label and an unknown group, changing nothing', () => {
    expect(applyCommand(three, edit(2, { label: '  ' }), ctx())).toEqual({ ok: false, error: 'label-empty' });
    expect(applyCommand(three, edit(2, { group: { kind: 'existing', groupId: groupId(7) } }), ctx())).toEqual({
      ok: false,
      error: 'group-missing',
    });
    expect(applyCommand(three, edit(9), ctx())).toEqual({ ok: false, error: 'account-missing' });
  });
});

describe('remove-account', () => {
  it('refuses an account that is not there, with others present', () => {
    const state = stateWith({ accounts: [account(1), account(2)] });
    expect(applyCommand(state, { kind: 'remove-account', accountId: accountId(3) }, ctx())).toEqual({
      ok: false,
      error: 'account-missing',
    });
  });

  it('drops the group of its last member only', () => {
    const state = stateWith({
      groups: [g1, g2],
      accounts: [account(1, { groupId: g1.id }), account(2, { groupId: g2.id }), account(3, { groupId: g2.id })],
    });
    const first = applied(applyCommand(state, { kind: 'remove-account', accountId: accountId(2) }, ctx()));
    expect(first.groups).toEqual([g1, g2]);
    expect(first.accounts.map((a) => a.id)).toEqual([accountId(1), accountId(3)]);
    const second = applied(applyCommand(first, { kind: 'remove-account', accountId: accountId(1) }, ctx()));
    expect(second.groups).toEqual([g2]);
  });
});

describe('record', () => {
  const state = stateWith({ accounts: [account(1), account(2, { platform: 'instagram' })] });
  const rec = (event: RecordableEvent, over: Partial<Extract<Command, { kind: 'record' }>> = {}): Command => ({
    kind: 'record',
    accountId: accountId(2),
    campaignId: META,
    event,
    ...over,
  });
  const base = { id: seq(1), accountId: accountId(2), campaignId: META, at: NOW };

  it.each<[RecordableEvent, ProgressEvent]>([
    [{ kind: 'form-opened' }, { ...base, kind: 'form-opened' }],
    [{ kind: 'confirmed-by-email' }, { ...base, kind: 'confirmed-by-email' }],
    [{ kind: 'reopened' }, { ...base, kind: 'reopened' }],
    [{ kind: 'no-answer' }, { ...base, kind: 'no-answer' }],
    [
      { kind: 'submitted', source: 'detected' },
      { ...base, kind: 'submitted', source: 'detected' },
    ],
    [
      { kind: 'rechecked', source: 'person' },
      { ...base, kind: 'rechecked', source: 'person' },
    ],
    [
      { kind: 'platform-refused', note: '  asked for ID  ' },
      { ...base, kind: 'platform-refused', note: 'asked for ID' },
    ],
    [
      { kind: 'complaint-filed', authorityId: 'cnil' },
      { ...base, kind: 'complaint-filed', authorityId: 'cnil' },
    ],
    [
      { kind: 'confirmed-on-page', url: 'https://www.instagram.com/x' },
      { ...base, kind: 'confirmed-on-page', url: 'https://www.instagram.com/x' },
    ],
    [
      { kind: 'marked-not-applicable', reason: ' no account ' },
      { ...base, kind: 'marked-not-applicable', reason: 'no account' },
    ],
  ])('records %j with its fields, for the account named, after the others', (step, expected) => {
    const before = stateWith({ ...state, events: [event(1, '2026-11-01T00:00:00.000Z', { kind: 'form-opened' })] });
    const after = applied(applyCommand(before, rec(step), ctx()));
    expect(after.events).toHaveLength(2);
    expect(after.events[0]).toBe(before.events[0]);
    expect(after.events[1]).toStrictEqual(expected);
  });

  it('refuses a campaign the account is not in, and accepts its own', () => {
    const both = stateWith({ accounts: [account(1, { campaignIds: [LINKEDIN] }), account(2, { campaignIds: [META] })] });
    expect(applyCommand(both, rec({ kind: 'form-opened' }, { accountId: accountId(1) }), ctx())).toEqual({
      ok: false,
      error: 'not-in-campaign',
    });
    expect(applyCommand(both, rec({ kind: 'form-opened' }), ctx()).ok).toBe(true);
  });

  it('takes an extra target of the account platform, and refuses any other', () => {
    const extra = applied(
      applyCommand(state, rec({ kind: 'form-opened' }, { accountId: accountId(1), targetId: 'facebook-third-party-data' }), ctx()),
    );
    expect(extra.events[0]).toStrictEqual({ ...base, accountId: accountId(1), targetId: 'facebook-third-party-data', kind: 'form-opened' });
    expect(applyCommand(state, rec({ kind: 'form-opened' }, { accountId: accountId(1), targetId: 'nope' }), ctx())).toEqual({
      ok: false,
      error: 'not-in-campaign',
    });
    // Instagram has no extra target on Meta's campaign: Facebook's is not its own.
    expect(applyCommand(state, rec({ kind: 'form-opened' }, { targetId: 'facebook-third-party-data' }), ctx())).toEqual({
      ok: false,
      error: 'not-in-campaign',
    });
  });

  it('a main-target step has no targetId at all', () => {
    const main = applied(applyCommand(state, rec({ kind: 'form-opened' }), ctx()));
    expect(Object.keys(main.events[0] ?? {})).not.toContain('targetId');
  });

  it('accepts a step dated now exactly, refuses one a millisecond later, and writes the date in UTC', () => {
    expect(applied(applyCommand(state, rec({ kind: 'no-answer' }, { at: NOW }), ctx())).events[0]?.at).toBe(NOW);
    expect(applyCommand(state, rec({ kind: 'no-answer' }, { at: '2026-12-01T10:00:00.001Z' }), ctx())).toEqual({
      ok: false,
      error: 'date-in-future',
    });
    const offset = applied(applyCommand(state, rec({ kind: 'no-answer' }, { at: '2026-11-20T13:30:00+01:00' }), ctx()));
    expect(offset.events[0]?.at).toBe('2026-11-20T12:30:00.000Z');
  });

  it('refuses a step when the log is full, and takes the last one it allows', () => {
    const one = event(1, '2026-11-01T00:00:00.000Z', { kind: 'form-opened' });
    const full = stateWith({ ...state, events: new Array<ProgressEvent>(STATE_LIMITS.events).fill(one) });
    expect(applyCommand(full, rec({ kind: 'form-opened' }), ctx())).toEqual({ ok: false, error: 'limit-reached' });
    const room = stateWith({ ...state, events: new Array<ProgressEvent>(STATE_LIMITS.events - 1).fill(one) });
    expect(applied(applyCommand(room, rec({ kind: 'form-opened' }), ctx())).events).toHaveLength(STATE_LIMITS.events);
  });
});

describe('add-evidence', () => {
  const proof = (n: number, over: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
    id: `77777777-0000-4000-8000-00000000000${n}`,
    accountId: accountId(n),
    campaignId: META,
    origin: 'page',
    url: 'https://www.facebook.com/',
    savedAt: '2026-12-01T11:00:00+01:00',
    zone: 'Europe/Paris',
    files: [],
    ...over,
  });
  const state = stateWith({ accounts: [account(1), account(2)] });

  it('saves the proof for the account named, with one step, or two when it confirms by e-mail', () => {
    const plain = applied(applyCommand(state, { kind: 'add-evidence', record: proof(2) }, ctx()));
    expect(plain.evidence).toEqual([proof(2)]);
    expect(plain.events).toStrictEqual([
      { accountId: accountId(2), campaignId: META, at: NOW, id: seq(1), kind: 'evidence-saved', evidenceId: proof(2).id },
    ]);
    const no = applied(applyCommand(state, { kind: 'add-evidence', record: proof(2), confirmsByEmail: false }, ctx()));
    expect(no.events).toHaveLength(1);
    const yes = applied(
      applyCommand(
        plain,
        { kind: 'add-evidence', record: proof(1, { targetId: 'facebook-third-party-data' }), confirmsByEmail: true },
        ctx(),
      ),
    );
    expect(yes.evidence).toEqual([proof(2), proof(1, { targetId: 'facebook-third-party-data' })]);
    const extra = { accountId: accountId(1), campaignId: META, targetId: 'facebook-third-party-data', at: NOW };
    expect(yes.events.slice(1)).toStrictEqual([
      { ...extra, id: seq(1), kind: 'evidence-saved', evidenceId: proof(1).id },
      { ...extra, id: seq(2), kind: 'confirmed-by-email' },
    ]);
  });

  it('refuses proof for an account that is not there', () => {
    expect(applyCommand(state, { kind: 'add-evidence', record: proof(3) }, ctx())).toEqual({ ok: false, error: 'account-missing' });
  });

  it('refuses proof when either the log or the proof list is full', () => {
    const one = event(1, '2026-11-01T00:00:00.000Z', { kind: 'form-opened' });
    const fullLog = stateWith({ ...state, events: new Array<ProgressEvent>(STATE_LIMITS.events).fill(one) });
    expect(applyCommand(fullLog, { kind: 'add-evidence', record: proof(1) }, ctx())).toEqual({ ok: false, error: 'limit-reached' });
    const fullProof = stateWith({ ...state, evidence: new Array<EvidenceRecord>(STATE_LIMITS.evidence).fill(proof(2)) });
    expect(applyCommand(fullProof, { kind: 'add-evidence', record: proof(1) }, ctx())).toEqual({ ok: false, error: 'limit-reached' });
    const roomForProof = stateWith({ ...state, evidence: new Array<EvidenceRecord>(STATE_LIMITS.evidence - 1).fill(proof(2)) });
    expect(applied(applyCommand(roomForProof, { kind: 'add-evidence', record: proof(1) }, ctx())).evidence).toHaveLength(
      STATE_LIMITS.evidence,
    );
  });
});

describe('settings and reminder keys', () => {
  it('patches only the settings named', () => {
    const start = defaultState();
    const state = applied(applyCommand(start, { kind: 'set-settings', patch: { theme: 'dark' } }, ctx()));
    expect(state.settings).toEqual({ ...start.settings, theme: 'dark' });
    expect(state.accounts).toBe(start.accounts);
  });

  it('resets everything, accounts and groups included', () => {
    const busy = stateWith({ groups: [g1], accounts: [account(1, { groupId: g1.id })], remindersSent: ['a'] });
    expect(applied(applyCommand(busy, { kind: 'reset' }, ctx()))).toEqual(defaultState());
  });

  it('adds only the new keys, after the old ones', () => {
    const start = stateWith({ remindersSent: ['a', 'b'] });
    expect(applied(applyCommand(start, { kind: 'mark-reminders-sent', keys: ['b', 'c', 'a', 'd'] }, ctx())).remindersSent).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('keeps the newest 1,000 keys', () => {
    const old = Array.from({ length: 999 }, (_, n) => `k${n}`);
    const start = stateWith({ remindersSent: old });
    const one = applied(applyCommand(start, { kind: 'mark-reminders-sent', keys: ['new1'] }, ctx()));
    expect(one.remindersSent).toEqual([...old, 'new1']);
    const two = applied(applyCommand(start, { kind: 'mark-reminders-sent', keys: ['new1', 'new2'] }, ctx()));
    expect(two.remindersSent).toHaveLength(1000);
    expect(two.remindersSent[0]).toBe('k1');
    expect(two.remindersSent.slice(-2)).toEqual(['new1', 'new2']);
  });

  it('unmarks only the keys named, and returns the same state when none was marked', () => {
    const start = stateWith({ remindersSent: ['a', 'b', 'c'] });
    expect(applied(applyCommand(start, { kind: 'unmark-reminders-sent', keys: ['z', 'b'] }, ctx())).remindersSent).toEqual(['a', 'c']);
    expect(applied(applyCommand(start, { kind: 'unmark-reminders-sent', keys: ['z', 'y'] }, ctx()))).toBe(start);
    expect(applied(applyCommand(start, { kind: 'mark-reminders-sent', keys: ['c', 'a'] }, ctx()))).toBe(start);
  });
});

describe('group choices by platform', () => {
  it.each<[GroupChoice, string]>([
    [{ kind: 'existing', groupId: groupId(1) }, 'existing'],
    [{ kind: 'new', name: 'New' }, 'new'],
  ])('Instagram may join a group (%j), WhatsApp may not', (choice) => {
    const start = stateWith({ groups: [g1] });
    expect(applyCommand(start, addFb({ platform: 'instagram', group: choice }), ctx()).ok).toBe(true);
    expect(applyCommand(start, addFb({ platform: 'whatsapp', group: choice }), ctx())).toEqual({
      ok: false,
      error: 'group-not-for-platform',
    });
  });

  it('a platform the catalog does not describe may not join a group, and is not failed on', () => {
    const undescribed: Catalog = { ...catalog, platforms: catalog.platforms.filter((p) => p.id !== 'instagram') };
    const start = stateWith({ groups: [g1] });
    expect(applyCommand(start, addFb({ platform: 'instagram', group: { kind: 'existing', groupId: g1.id } }), ctx(undescribed))).toEqual({
      ok: false,
      error: 'group-not-for-platform',
    });
  });
});
