import { describe, expect, it } from 'vitest';
import { targetFor, builtInCatalog } from '../../../src/shared/catalog/index';
import { addDays, followUpOf, recheckDueAt } from '../../../src/shared/domain/follow-up';
import type { CampaignTarget, ProgressEvent } from '../../../src/shared/domain/types';
import { META, account, event } from '../../support/domain-fixtures';

const LINKEDIN = 'linkedin-genai-2025';

function target(campaignId: string, platform: string): CampaignTarget {
  const found = targetFor(builtInCatalog(), campaignId, platform);
  if (found === undefined) throw new Error(`no ${platform} target in ${campaignId}`);
  return found;
}

const form = target(META, 'facebook');
const setting = target(LINKEDIN, 'linkedin');
const id = account(1).id;
const sent = (at: string): ProgressEvent => event(1, at, { kind: 'submitted', source: 'person' });
const onLinkedIn = (e: ProgressEvent): ProgressEvent => ({ ...e, campaignId: LINKEDIN });

describe('addDays', () => {
  it('adds whole days of 24 hours, across a change of summer time', () => {
    expect(addDays('2025-03-29T12:00:00.000Z', 2)).toBe('2025-03-31T12:00:00.000Z');
    expect(addDays('2025-05-01T10:00:00Z', 30)).toBe('2025-05-31T10:00:00.000Z');
  });
});

describe('followUpOf', () => {
  it.each<[string, readonly ProgressEvent[], string, string]>([
    ['nothing sent', [], '2025-07-01T00:00:00Z', 'none'],
    ['sent, within the month', [sent('2025-05-01T10:00:00Z')], '2025-05-31T09:59:59Z', 'waiting'],
    ['sent, the month is over to the second', [sent('2025-05-01T10:00:00Z')], '2025-05-31T10:00:00Z', 'no-answer'],
    [
      'confirmed by e-mail after sending',
      [sent('2025-05-01T10:00:00Z'), event(1, '2025-05-02T10:00:00Z', { kind: 'confirmed-by-email' })],
      '2025-07-01T00:00:00Z',
      'none',
    ],
    [
      'a recorded refusal, even within the month',
      [sent('2025-05-01T10:00:00Z'), event(1, '2025-05-03T10:00:00Z', { kind: 'platform-refused', note: 'no' })],
      '2025-05-04T00:00:00Z',
      'refused',
    ],
    [
      'reopened and not sent again',
      [sent('2025-05-01T10:00:00Z'), event(1, '2025-05-03T10:00:00Z', { kind: 'reopened' })],
      '2025-07-01T00:00:00Z',
      'none',
    ],
  ])('%s → %s', (_name, events, now, kind) => {
    expect(followUpOf(events, id, META, form, new Date(now)).kind).toBe(kind);
  });

  it('counts the month from the first sending since the last reopening, and forgets an older refusal', () => {
    const events = [
      sent('2025-04-01T10:00:00Z'),
      event(1, '2025-04-02T10:00:00Z', { kind: 'platform-refused', note: 'old' }),
      event(1, '2025-04-03T10:00:00Z', { kind: 'reopened' }),
      sent('2025-05-01T10:00:00Z'),
      sent('2025-05-10T10:00:00Z'),
    ];
    expect(followUpOf(events, id, META, form, new Date('2025-05-20T00:00:00Z'))).toEqual({
      kind: 'waiting',
      sentAt: '2025-05-01T10:00:00Z',
      dueAt: '2025-05-31T10:00:00.000Z',
    });
  });

  it('uses the period the catalog gives the target', () => {
    const quick = { ...form, followUpDays: 7 };
    expect(followUpOf([sent('2025-05-01T10:00:00Z')], id, META, quick, new Date('2025-05-08T10:00:00Z')).kind).toBe('no-answer');
  });

  it('has nothing to follow up for a setting, and ignores steps on an extra target', () => {
    expect(followUpOf([onLinkedIn(sent('2025-05-01T10:00:00Z'))], id, LINKEDIN, setting, new Date('2026-01-01T00:00:00Z')).kind).toBe(
      'none',
    );
    const extra = { ...sent('2025-05-01T10:00:00Z'), targetId: 'facebook-other' };
    expect(followUpOf([extra], id, META, form, new Date('2026-01-01T00:00:00Z')).kind).toBe('none');
  });
});

describe('recheckDueAt', () => {
  it('is the last "off" plus the re-check period, and moves with each re-check', () => {
    const off = onLinkedIn(sent('2025-10-01T10:00:00Z'));
    expect(recheckDueAt([off], id, LINKEDIN, setting)).toBe(addDays('2025-10-01T10:00:00Z', setting.recheckDays ?? 0));
    const again = onLinkedIn(event(1, '2026-01-05T10:00:00Z', { kind: 'rechecked', source: 'detected' }));
    expect(recheckDueAt([off, again], id, LINKEDIN, setting)).toBe(addDays('2026-01-05T10:00:00Z', setting.recheckDays ?? 0));
  });

  it('is null before the setting is off, for forms, and for targets without re-checks', () => {
    expect(recheckDueAt([], id, LINKEDIN, setting)).toBeNull();
    expect(recheckDueAt([sent('2025-05-01T10:00:00Z')], id, META, form)).toBeNull();
    expect(recheckDueAt([onLinkedIn(sent('2025-10-01T10:00:00Z'))], id, LINKEDIN, { ...setting, recheckDays: null })).toBeNull();
  });
});
