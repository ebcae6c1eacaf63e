/**
 * What store version 4 adds to the domain: steps on extra targets stay off the main target's
 * status, a re-check of a setting refreshes it, follow-up steps are history only, and the reducer
 * accepts a target id only when the campaign offers that extra target on the account's platform.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { applyCommand } from '../../../src/shared/domain/reducer';
import { deriveStatus, ownStatus } from '../../../src/shared/domain/status';
import type { Catalog } from '../../../src/shared/domain/types';
import { META, account, event, sequentialIds, stateWith } from '../../support/domain-fixtures';

const LINKEDIN = 'linkedin-genai-2025';

/** The built-in catalog with one extra target beside Facebook's main form. */
function withExtra(): Catalog {
  const base = builtInCatalog();
  return {
    ...base,
    campaigns: base.campaigns.map((campaign) => {
      const main = campaign.targets.find((target) => target.platform === 'facebook');
      if (campaign.id !== META || main === undefined) return campaign;
      const extra = { ...main, id: 'facebook-other', role: 'extra' as const, title: { en: 'Other' }, description: { en: 'Other' } };
      return { ...campaign, targets: [...campaign.targets, extra] };
    }),
  };
}

describe('store version 4 in the domain', () => {
  it('keeps the steps of an extra target off the main target', () => {
    const events = [
      event(1, '2025-05-01T10:00:00Z', { kind: 'submitted', source: 'person', targetId: 'facebook-other' }),
      event(1, '2025-05-02T10:00:00Z', { kind: 'confirmed-by-email', targetId: 'facebook-other' }),
    ];
    expect(ownStatus(events, account(1).id, META)).toEqual({ kind: 'to-do' });
  });

  it('a re-check of a setting refreshes its date: by the person as their word, seen on the page as confirmed', () => {
    const state = stateWith({
      accounts: [account(1, { platform: 'linkedin', campaignIds: [LINKEDIN] })],
      events: [
        { ...event(1, '2025-10-01T10:00:00Z', { kind: 'submitted', source: 'person' }), campaignId: LINKEDIN },
        { ...event(1, '2026-01-05T10:00:00Z', { kind: 'rechecked', source: 'person' }), campaignId: LINKEDIN },
      ],
    });
    expect(deriveStatus(state, account(1).id, LINKEDIN, builtInCatalog())).toEqual({
      kind: 'submitted',
      source: 'person',
      at: '2026-01-05T10:00:00Z',
    });
    const seen = stateWith({
      ...state,
      events: [...state.events, { ...event(1, '2026-04-05T10:00:00Z', { kind: 'rechecked', source: 'detected' }), campaignId: LINKEDIN }],
    });
    expect(deriveStatus(seen, account(1).id, LINKEDIN, builtInCatalog())).toEqual({
      kind: 'confirmed',
      confidence: 'on-page',
      at: '2026-04-05T10:00:00Z',
    });
  });

  it('follow-up steps are history: they do not move the status', () => {
    const sent = event(1, '2025-05-01T10:00:00Z', { kind: 'submitted', source: 'person' });
    const later = [
      event(1, '2025-06-01T10:00:00Z', { kind: 'no-answer' }),
      event(1, '2025-06-10T10:00:00Z', { kind: 'platform-refused', note: 'asked for more' }),
      event(1, '2025-06-20T10:00:00Z', { kind: 'complaint-filed', authorityId: 'ie-dpc' }),
    ];
    expect(ownStatus([sent, ...later], account(1).id, META)).toEqual(ownStatus([sent], account(1).id, META));
  });

  it('records a step on an extra target the campaign offers, and refuses one it does not', () => {
    const ctx = { now: new Date('2026-12-01T10:00:00Z'), newId: sequentialIds(), catalog: withExtra() };
    const state = stateWith({ accounts: [account(1)] });
    const offered = applyCommand(
      state,
      { kind: 'record', accountId: account(1).id, campaignId: META, targetId: 'facebook-other', event: { kind: 'form-opened' } },
      ctx,
    );
    expect(offered.ok && offered.state.events.map((e) => [e.kind, e.targetId])).toEqual([['form-opened', 'facebook-other']]);
    const unknown = applyCommand(
      state,
      { kind: 'record', accountId: account(1).id, campaignId: META, targetId: 'instagram', event: { kind: 'form-opened' } },
      ctx,
    );
    expect(unknown).toEqual({ ok: false, error: 'not-in-campaign' });
    const main = applyCommand(state, { kind: 'record', accountId: account(1).id, campaignId: META, event: { kind: 'form-opened' } }, ctx);
    expect(main.ok && main.state.events[0]).not.toHaveProperty('targetId');
  });
});
