/** The reducer's rules for campaigns: Accounts Center groups only for platforms that have it, steps dated in the past, proof of extra targets. */
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { applyCommand, offeredPlatforms, type ReducerContext } from '../../../src/shared/domain/reducer';
import type { Catalog, EvidenceRecord } from '../../../src/shared/domain/types';
import { userCommandSchema } from '../../../src/shared/domain/commands';
import { check } from '../../../src/shared/validate';
import { account, groupId, sequentialIds, stateWith } from '../../support/domain-fixtures';

const catalog = builtInCatalog();
const now = new Date('2026-12-01T10:00:00.000Z');
const ctx = (c: Catalog = catalog): ReducerContext => ({ now, newId: sequentialIds(), catalog: c });
const LINKEDIN = 'linkedin-genai-2025';

describe('Accounts Center groups', () => {
  const group = { id: groupId(1), name: 'Marie' };
  const base = stateWith({ groups: [group], accounts: [account(1, { groupId: group.id })] });

  it('lets Facebook and Instagram join a group', () => {
    const added = applyCommand(
      base,
      {
        kind: 'add-account',
        platform: 'instagram',
        label: '@marie',
        email: null,
        group: { kind: 'existing', groupId: group.id },
        campaignIds: [],
      },
      ctx(),
    );
    expect(added.ok && added.state.accounts[1]?.groupId).toBe(group.id);
  });

  it.each([
    ['an existing group', { kind: 'existing', groupId: groupId(1) }],
    ['a new group', { kind: 'new', name: 'Work' }],
  ] as const)('refuses a LinkedIn account in %s, and changes nothing', (_name, choice) => {
    const added = applyCommand(
      base,
      { kind: 'add-account', platform: 'linkedin', label: 'Marie at work', email: null, group: choice, campaignIds: [] },
      ctx(),
    );
    expect(added).toEqual({ ok: false, error: 'group-not-for-platform' });
    const linkedin = stateWith({ accounts: [account(2, { platform: 'linkedin', campaignIds: [LINKEDIN] })], groups: [group] });
    const edited = applyCommand(
      linkedin,
      { kind: 'edit-account', accountId: account(2).id, label: 'x', email: null, group: choice },
      ctx(),
    );
    expect(edited).toEqual({ ok: false, error: 'group-not-for-platform' });
  });

  it('follows the catalog: a platform the catalog links may join', () => {
    const linkedInLinked: Catalog = {
      ...catalog,
      platforms: catalog.platforms.map((platform) => (platform.id === 'linkedin' ? { ...platform, accountsCenter: true } : platform)),
    };
    const added = applyCommand(
      base,
      {
        kind: 'add-account',
        platform: 'linkedin',
        label: 'l',
        email: null,
        group: { kind: 'existing', groupId: group.id },
        campaignIds: [],
      },
      ctx(linkedInLinked),
    );
    expect(added.ok).toBe(true);
  });
});

describe('steps dated by the person', () => {
  const state = stateWith({ accounts: [account(1)] });

  it('records a step on the day the person gives, never ahead of now', () => {
    const at = '2026-11-20T12:00:00.000Z';
    const done = applyCommand(
      state,
      { kind: 'record', accountId: account(1).id, campaignId: account(1).campaignIds[0] ?? '', event: { kind: 'confirmed-by-email' }, at },
      ctx(),
    );
    expect(done.ok && done.state.events[0]).toMatchObject({ kind: 'confirmed-by-email', at });
    const ahead = applyCommand(
      state,
      {
        kind: 'record',
        accountId: account(1).id,
        campaignId: account(1).campaignIds[0] ?? '',
        event: { kind: 'confirmed-by-email' },
        at: '2026-12-02T00:00:00.000Z',
      },
      ctx(),
    );
    expect(ahead).toEqual({ ok: false, error: 'date-in-future' });
  });

  it('checks the date at the boundary', () => {
    const command = {
      kind: 'record',
      accountId: account(1).id,
      campaignId: 'meta-ai-training-eu-2025',
      event: { kind: 'no-answer' },
      at: 'yesterday',
    };
    expect(check(userCommandSchema, command).ok).toBe(false);
  });
});

describe('proof of an extra target', () => {
  it('logs the evidence step on the extra target, not on the main objection', () => {
    const record: EvidenceRecord = {
      id: '11111111-0000-4000-8000-000000000001',
      accountId: account(1).id,
      campaignId: 'meta-ai-training-eu-2025',
      targetId: 'third-party-data',
      origin: 'file',
      url: '',
      savedAt: '2026-12-01T11:00:00+01:00',
      zone: 'Europe/Paris',
      files: [{ kind: 'png', name: 'proof.png', sha256: 'a'.repeat(64), bytes: 10 }],
    };
    const done = applyCommand(stateWith({ accounts: [account(1)] }), { kind: 'add-evidence', record }, ctx());
    expect(done.ok && done.state.events[0]).toMatchObject({ kind: 'evidence-saved', targetId: 'third-party-data', evidenceId: record.id });
  });
});

describe('offeredPlatforms', () => {
  it('lists every platform a campaign of the catalog targets, in catalog order', () => {
    expect(offeredPlatforms(catalog)).toEqual([
      'facebook',
      'instagram',
      'whatsapp',
      'linkedin',
      'x',
      'quora',
      'tumblr',
      'wordpress-com',
      'substack',
      'medium',
      'adobe',
      'google-gemini',
      'pinterest',
    ]);
  });
});
