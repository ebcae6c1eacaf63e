/**
 * Migrations with more than one candidate at every step (issue 14, step 7: tests that bite):
 * several groups spelled differently, e-mails with spaces, reminders out of order and past the
 * limit, every refusal's wording, and ids checked against an independent FNV-1a computation.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivedId, migrate, v3EvidenceSchema, v3SettingsSchema, v4Evidence, v4Settings } from '../../../src/shared/domain/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/domain/state-schema';
import { check } from '../../../src/shared/validate';
import type { AppState } from '../../../src/shared/domain/types';

const dir = join(import.meta.dirname, '../../fixtures/store');
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
const state = (doc: unknown): AppState => {
  const result = migrate(doc);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};
const errorsOf = (doc: unknown): string[] => {
  const result = migrate(doc);
  return result.ok ? ['accepted'] : [...result.errors];
};

const v1 = load('v1.json') as { accounts: Record<string, unknown>[]; events: Record<string, unknown>[] } & Record<string, unknown>;
const [ACCOUNT = {}] = v1.accounts;
const account = (id: string, fields: Record<string, unknown>): Record<string, unknown> => ({ ...ACCOUNT, id, ...fields });
const IDS = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
  '55555555-5555-4555-8555-555555555555',
] as const;

describe('derivedId', () => {
  it('is four FNV-1a hashes of the seed (checked against an independent computation), shaped as a version-5 UUID', () => {
    // Computed outside this code base (Python, FNV-1a 32-bit with the four offsets): ids a v1 file
    // migrates to must be the same in every release of the app.
    expect(derivedId('')).toBe('811c9dc5-0100-5193-9e37-79b985ebca6b');
    expect(derivedId('x')).toBe('fd0c5087-7e03-54f1-9254-aad3e52f1be9');
    expect(derivedId('group:marie')).toBe('c805e0cc-3c0e-5d2a-b3d9-3a106c94ed72');
    expect(derivedId('event:0:6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b:2025-04-20T09:15:00Z')).toBe(
      '604f1cb8-b13d-58be-b6f1-156ca13927a6',
    );
  });
});

describe('v1 → v2', () => {
  it('groups accounts by trimmed, case-insensitive name, keeps the first spelling, and ids them from the name', () => {
    const doc = {
      ...v1,
      accounts: [
        account(IDS[0], { group: ' Work ' }),
        account(IDS[1], { group: 'Marie' }),
        account(IDS[2], { group: 'WORK' }),
        account(IDS[3], { group: '   ' }),
        account(IDS[4], { group: 'marie' }),
      ],
      events: [],
    };
    const { accounts, groups } = state(doc);
    expect(groups).toEqual([
      { id: derivedId('group:work'), name: 'Work' },
      { id: derivedId('group:marie'), name: 'Marie' },
    ]);
    expect(accounts.map((a) => a.groupId)).toEqual([groups[0]?.id, groups[1]?.id, groups[0]?.id, null, groups[1]?.id]);
  });

  it('trims e-mail addresses and turns blank ones into none', () => {
    const doc = {
      ...v1,
      accounts: [
        account(IDS[0], { email: '  marie@example.fr ' }),
        account(IDS[1], { email: '   ' }),
        account(IDS[2], { email: 'paul@example.fr' }),
      ],
      events: [],
    };
    expect(state(doc).accounts.map((a) => a.email)).toEqual(['marie@example.fr', null, 'paul@example.fr']);
  });

  it('keeps every platform but twitter as it was', () => {
    const platforms = ['facebook', 'instagram', 'whatsapp', 'linkedin', 'twitter'];
    const doc = {
      ...v1,
      accounts: platforms.map((platform, i) => account(IDS[i] as string, { platform, campaignIds: [] })),
      events: [],
    };
    expect(state(doc).accounts.map((a) => a.platform)).toEqual(['facebook', 'instagram', 'whatsapp', 'linkedin', 'x']);
  });

  it('keeps each account’s other fields as they were', () => {
    const migrated = state(v1);
    expect(migrated.accounts).toEqual(
      v1.accounts.map(({ group: _g, email, platform, ...rest }) => ({
        ...rest,
        platform: platform === 'twitter' ? 'x' : platform,
        email: email === '' ? null : email,
        groupId: migrated.groups[0] !== undefined && (_g as string).trim() !== '' ? migrated.groups[0].id : null,
      })),
    );
  });

  it('gives each event an id from its position, account and time, and keeps the rest', () => {
    const migrated = state(v1);
    expect(migrated.events.map((event) => event.id)).toEqual(
      v1.events.map((event, index) => derivedId(`event:${index}:${event.accountId as string}:${event.at as string}`)),
    );
    expect(migrated.events.map(({ id: _id, ...event }) => event)).toEqual(
      v1.events.map(({ by, ...event }) => (by === undefined ? event : { ...event, source: by === 'me' ? 'person' : 'detected' })),
    );
  });

  it.each([
    ['fr-FR', 'fr'],
    ['FR', 'fr'],
    ['De-AT', 'de'],
    ['en', 'en'],
    ['sv-SE', 'system'],
    ['f', 'system'],
    ['system', 'system'],
  ])('reads the language %j as %s', (language, locale) => {
    expect(state({ ...v1, language }).settings.locale).toBe(locale);
  });

  it('carries the theme, reminder and onboarding settings over', () => {
    const doc = { ...v1, theme: 'light', remindersEnabled: false, remindersPausedUntil: '2025-05-01T08:00:00Z', onboardingDone: false };
    expect(state(doc).settings).toMatchObject({
      theme: 'light',
      remindersEnabled: false,
      remindersPausedUntil: '2025-05-01T08:00:00Z',
      onboardingDone: false,
    });
  });
});

describe('v2 → v3', () => {
  const v2 = load('v2.json') as Record<string, unknown> & { remindersSent: Record<string, string> };

  it('keeps the reminders shown, oldest first, whatever order the file had them in', () => {
    const remindersSent = { c: '2025-05-03T00:00:00Z', a: '2025-05-01T00:00:00Z', d: '2025-05-04T00:00:00Z', b: '2025-05-02T00:00:00Z' };
    expect(state({ ...v2, remindersSent }).remindersSent).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the newest 1000 reminders of a longer map', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    const remindersSent = Object.fromEntries(
      Array.from({ length: 1002 }, (_, i) => [`key-${i}`, new Date(start + (1001 - i) * 60_000).toISOString()]),
    );
    const kept = state({ ...v2, remindersSent }).remindersSent;
    expect(kept).toHaveLength(1000);
    expect(kept[0]).toBe('key-999');
    expect(kept.at(-1)).toBe('key-0');
    expect(kept).not.toContain('key-1000');
    expect(kept).not.toContain('key-1001');
  });

  it('changes only submitted events', () => {
    const { state: migrated } = migrate(v2).ok ? (migrate(v2) as { ok: true; value: { state: AppState } }).value : { state: null };
    if (migrated === null) throw new Error('v2 fixture refused');
    const events = (v2.events as Record<string, unknown>[]).map(({ by, ...event }) =>
      event.kind === 'submitted' ? { ...event, source: by === 'me' ? 'person' : 'detected' } : { ...event, ...(by === undefined ? {} : { by }) },
    );
    expect(migrated.events).toEqual(events);
  });
});

describe('v3 → v4 helpers', () => {
  const v3 = load('v3.json') as Record<string, unknown> & { settings: unknown; evidence: unknown[] };

  it('v4Settings adds exactly the four new settings at their defaults', () => {
    const checked = check(v3SettingsSchema, v3.settings);
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    expect(v4Settings(checked.value)).toStrictEqual({
      ...checked.value,
      catalogUpdates: 'ask',
      appUpdates: 'ask',
      recheckReminders: true,
      country: null,
    });
  });

  it('v4Evidence marks a v3 record as a page capture and keeps the rest', () => {
    const checked = check(v3EvidenceSchema, v3.evidence[0]);
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    expect(v4Evidence(checked.value)).toStrictEqual({ ...checked.value, origin: 'page' });
  });

  it('accepts "forever" as a v3 pause, and refuses other words', () => {
    const settings = v3.settings as Record<string, unknown>;
    expect(state({ ...v3, settings: { ...settings, remindersPausedUntil: 'forever' } }).settings.remindersPausedUntil).toBe('forever');
    expect(errorsOf({ ...v3, settings: { ...settings, remindersPausedUntil: 'never' } }).join('\n')).toMatch(
      /\(version 3\) settings\.remindersPausedUntil: /,
    );
  });
});

describe('versions', () => {
  it.each<[string, unknown, string]>([
    ['a number', 7, 'value: must be an object'],
    ['a text', 'objector', 'value: must be an object'],
    ['a list', [{ schemaVersion: 4 }], 'value: must be an object'],
    ['null', null, 'value: must be an object'],
    ['no version', {}, 'schemaVersion: is missing (this is not an Objector store file)'],
    ['a version 0', { schemaVersion: 0 }, `schemaVersion: must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`],
    ['a negative version', { schemaVersion: -1 }, `schemaVersion: must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`],
    ['a fraction', { schemaVersion: 2.5 }, `schemaVersion: must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`],
    ['a version as text', { schemaVersion: '4' }, `schemaVersion: must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`],
    ['a null version', { schemaVersion: null }, `schemaVersion: must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`],
    [
      'a newer version',
      { schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
      `schemaVersion: ${CURRENT_SCHEMA_VERSION + 1} was written by a newer version of Objector; this one reads up to ${CURRENT_SCHEMA_VERSION}`,
    ],
  ])('refuses %s with one clear message', (_name, doc, message) => {
    expect(errorsOf(doc)).toEqual([message]);
  });

  it('says from which version each file came, and which step refused a broken one', () => {
    for (const version of [1, 2, 3, 4]) {
      const result = migrate(load(`v${version}.json`));
      expect(result.ok && result.value.from).toBe(version);
    }
    const broken = migrate({ ...load('v2.json'), groups: 'none' });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.errors).toHaveLength(broken.problems.length);
    expect(broken.errors[0]).toMatch(/^\(version 2\) groups: /);
    expect(broken.problems[0]).toMatchObject({ path: 'groups' });
  });

  it('checks the migrated state with the current schema (a v3 file with a dangling proof link is refused)', () => {
    const v3 = load('v3.json') as Record<string, unknown> & { evidence: Record<string, unknown>[] };
    const evidence = v3.evidence.map((record) => ({ ...record, accountId: IDS[4] }));
    expect(migrate({ ...v3, evidence }).ok).toBe(false);
  });
});
