import { describe, expect, it } from 'vitest';
import { builtInCatalog, targetFor } from '@shared/catalog/index';
import { entryUrlsOf, nextEntryIndex, problemAfter } from '@shared/guide/entries';
import { cleanUserAgent } from '@shared/guide/user-agent';
import { partitionFor } from '@shared/guide/partition';
import { guidePosition, guideSteps, localizedOr, settingGoalOf } from '@shared/guide/steps';
import { buildEvidenceDocument, evidenceFolderName, isoWithOffset, recordOf } from '@shared/guide/evidence-record';
import { buildEvidenceIndex } from '@shared/guide/evidence-index';

/** The Meta campaign's id, as the catalog spells it. */
const PRIMARY_CAMPAIGN_ID = 'meta-ai-training-eu-2025';

describe('entry URL fallback order', () => {
  it('tries entry URLs in order, then Privacy Center pages, https only, without duplicates', () => {
    const urls = entryUrlsOf({
      entryUrls: ['https://a.example/1', 'http://a.example/insecure', 'https://a.example/2'],
      privacyCenterUrls: ['https://a.example/privacy', 'https://a.example/1'],
    });
    expect(urls).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/privacy']);
  });

  it('puts the catalog’s Facebook form first and its Privacy Center last', () => {
    const target = targetFor(builtInCatalog(), PRIMARY_CAMPAIGN_ID, 'facebook');
    if (target === undefined) throw new Error('no facebook target');
    const urls = entryUrlsOf(target);
    expect(urls[0]).toBe(target.entryUrls[0]);
    expect(urls.at(-1)).toBe(target.privacyCenterUrls.at(-1));
  });

  it('says when every address has been tried', () => {
    expect(nextEntryIndex(0, 3)).toBe(1);
    expect(nextEntryIndex(2, 3)).toBeNull();
    expect(problemAfter('load-error', 0, 3)).toBe('load-error');
    expect(problemAfter('unavailable', 1, 3)).toBe('unavailable');
    expect(problemAfter('unavailable', 2, 3)).toBe('all-entries-failed');
  });
});

describe('user agent and partition', () => {
  it('removes the Electron and Objector tokens and nothing else', () => {
    const agent =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Objector/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
    expect(cleanUserAgent(agent)).toBe(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
    );
  });

  it('names one persistent partition per account', () => {
    expect(partitionFor('0b7c6f2e-1111-4222-8333-444455556666')).toBe('persist:account-0b7c6f2e-1111-4222-8333-444455556666');
  });
});

describe('guide steps', () => {
  it('lists form steps, with a choice step where the catalog gives the option to choose, and toggle steps', () => {
    const catalog = builtInCatalog();
    const target = (campaign: string, platform: string) => {
      const found = targetFor(catalog, campaign, platform);
      if (found === undefined) throw new Error(`no ${platform} target`);
      return found;
    };
    expect(guideSteps(target(PRIMARY_CAMPAIGN_ID, 'facebook'))).toEqual([
      'sign-in',
      'check-email',
      'objection-text',
      'press-send',
      'confirmation',
      'mailbox',
    ]);
    expect(target(PRIMARY_CAMPAIGN_ID, 'whatsapp').formChoice?.en).toMatch(/^How can I make an objection/);
    expect(guideSteps(target(PRIMARY_CAMPAIGN_ID, 'whatsapp'))).toEqual([
      'sign-in',
      'check-email',
      'choose-objection',
      'objection-text',
      'press-send',
      'confirmation',
      'mailbox',
    ]);
    expect(guideSteps(target('linkedin-genai-2025', 'linkedin'))).toEqual(['sign-in', 'open-setting', 'switch-off', 'save-proof']);
    expect(guideSteps({ mechanism: 'form', formChoice: { en: 'Any option' } })).toContain('choose-objection');
  });

  it('says whether a setting goes off (the default) or on', () => {
    expect(settingGoalOf({})).toBe('off');
    expect(settingGoalOf({ settingGoal: 'on' })).toBe('on');
    expect(settingGoalOf(targetFor(builtInCatalog(), 'tumblr-third-party-sharing', 'tumblr') ?? {})).toBe('on');
    expect(settingGoalOf(targetFor(builtInCatalog(), 'quora-llm-training', 'quora') ?? {})).toBe('off');
  });

  it('follows the status', () => {
    const at = '2025-05-20T10:00:00Z';
    const pos = (status: Parameters<typeof guidePosition>[0]['status'], detectionPending = false) =>
      guidePosition({ mechanism: 'form', status, detectionPending });
    expect(pos({ kind: 'to-do' })).toBe('sign-in');
    expect(pos({ kind: 'in-progress', since: at })).toBe('press-send');
    expect(pos({ kind: 'in-progress', since: at }, true)).toBe('confirmation');
    expect(pos({ kind: 'submitted', source: 'person', at })).toBe('mailbox');
    expect(pos({ kind: 'confirmed', confidence: 'on-page', at })).toBe('mailbox');
    expect(pos({ kind: 'confirmed', confidence: 'by-email', at })).toBe('done');
    expect(guidePosition({ mechanism: 'toggle', status: { kind: 'in-progress', since: at }, detectionPending: false })).toBe('switch-off');
  });

  it('falls back to English texts', () => {
    expect(localizedOr({ en: 'hello', fr: 'bonjour' }, 'fr')).toBe('bonjour');
    expect(localizedOr({ en: 'hello' }, 'pl')).toBe('hello');
  });
});

describe('evidence records', () => {
  it('writes the local time with its offset', () => {
    const now = new Date('2025-05-20T12:03:11.500Z');
    expect(isoWithOffset(now, 120)).toBe('2025-05-20T14:03:11+02:00');
    expect(isoWithOffset(now, -330)).toBe('2025-05-20T06:33:11-05:30');
    expect(isoWithOffset(now, 0)).toBe('2025-05-20T12:03:11+00:00');
    expect(evidenceFolderName('2025-05-20T14:03:11+02:00', 'abcdef12-3456')).toBe('2025-05-20T14-03-11+02-00_abcdef12');
  });

  it('keeps who, what, where and when in the document, and every file in the record', () => {
    const png = { kind: 'png' as const, name: 'page.png', sha256: 'a'.repeat(64), bytes: 3 };
    const document = buildEvidenceDocument({
      id: 'e1',
      account: { id: 'acc', label: 'Marie', email: 'marie@example.org', platform: 'facebook' },
      group: { id: 'g', name: 'Family' },
      campaignId: 'c',
      url: 'https://www.facebook.com/help/contact/1',
      pageTitle: 'Help',
      now: new Date('2025-05-20T12:00:00Z'),
      offsetMinutes: 120,
      zone: 'Europe/Paris',
      reason: 'on-demand',
      files: [png],
    });
    expect(document).toMatchObject({ savedAt: '2025-05-20T14:00:00+02:00', savedAtUtc: '2025-05-20T12:00:00.000Z', zone: 'Europe/Paris' });
    expect(document.email).toBe('marie@example.org');
    expect(document.accountsCenterGroup).toEqual({ id: 'g', name: 'Family' });
    const json = { kind: 'json' as const, name: 'record.json', sha256: 'b'.repeat(64), bytes: 10 };
    expect(recordOf(document, json).files).toEqual([png, json]);
  });

  it('indexes an export by time', () => {
    const record = (id: string, savedAt: string) => ({
      id,
      accountId: 'a',
      campaignId: 'c',
      origin: 'page' as const,
      url: 'u',
      savedAt,
      zone: 'UTC',
      files: [],
    });
    const index = buildEvidenceIndex(
      [
        { folder: 'a/2', record: record('2', '2025-05-21T00:00:00+00:00'), copied: true },
        { folder: 'a/1', record: record('1', '2025-05-20T00:00:00+00:00'), copied: true },
      ],
      '2025-06-01T00:00:00.000Z',
      '0.1.0',
    );
    expect(index.entries.map((entry) => entry.record.id)).toEqual(['1', '2']);
  });
});
