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
    expect(derivedId('event:0:6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b:2025-04-20T09:15:00Z')).toBe('604f1cb8-b13d-58be-b6f1-156ca13927a6');
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
    ['sv-SE', 'sv'],
    ['nb-NO', 'system'],
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
      event.kind === 'submitted'
        ? { ...event, source: by === 'me' ? 'person' : 'detected' }
        : { ...event, ...(by === undefined ? {} : { by }) },
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

describe('the limits of the old versions, each checked by its own step', () => {
  const v2 = load('v2.json') as Record<string, unknown> & { accounts: Record<string, unknown>[]; events: Record<string, unknown>[] };
  const v3 = load('v3.json') as Record<string, unknown> & { evidence: Record<string, unknown>[]; remindersSent: string[] };
  const withAccount = (fields: Record<string, unknown>) => ({ ...v1, accounts: [{ ...ACCOUNT, ...fields }, ...v1.accounts.slice(1)] });
  const withEvent = (doc: Record<string, unknown> & { events: Record<string, unknown>[] }, fields: Record<string, unknown>, at = 0) => ({
    ...doc,
    events: doc.events.map((event, i) => (i === at ? { ...event, ...fields } : event)),
  });
  const [record = {}] = v3.evidence;
  const withProof = (fields: Record<string, unknown>) => ({ ...v3, evidence: [{ ...record, ...fields }] });
  const [file = {}] = (record.files ?? []) as Record<string, unknown>[];
  const withFile = (fields: Record<string, unknown>) => withProof({ files: [{ ...file, ...fields }] });
  const notApplicable = v1.events.findIndex((event) => event.kind === 'marked-not-applicable');
  const onPage = v1.events.findIndex((event) => event.kind === 'confirmed-on-page');
  // A page confirmation as versions 2 and 3 wrote it (with an id), for the first account.
  const onPageEvent = (): Record<string, unknown> => ({
    id: IDS[0],
    accountId: ACCOUNT.id,
    campaignId: 'meta-ai-training-eu-2025',
    at: '2025-04-20T09:15:00Z',
    kind: 'confirmed-on-page',
  });

  it.each<[string, unknown, RegExp]>([
    ['a v1 language over 20 characters', { ...v1, language: 'f'.repeat(21) }, /^\(version 1\) language: /],
    ['a v1 label over 120 characters', withAccount({ label: 'x'.repeat(121) }), /^\(version 1\) accounts\[0\]\.label: /],
    ['a v1 e-mail over 254 characters', withAccount({ email: `${'m'.repeat(250)}@x.fr` }), /^\(version 1\) accounts\[0\]\.email: /],
    ['a v1 group over 80 characters', withAccount({ group: 'g'.repeat(81) }), /^\(version 1\) accounts\[0\]\.group: /],
    [
      'a v1 account in more than 50 campaigns',
      withAccount({ campaignIds: Array.from({ length: 51 }, (_, i) => `campaign-${i}`) }),
      /^\(version 1\) accounts\[0\]\.campaignIds: /,
    ],
    [
      'a v1 reason over 500 characters',
      withEvent(v1, { reason: 'r'.repeat(501) }, notApplicable),
      /^\(version 1\) events\[\d+\]\.reason: /,
    ],
    [
      'a v1 page address over 8192 characters',
      withEvent(v1, { url: `https://x.fr/${'p'.repeat(8192)}` }, onPage),
      /^\(version 1\) events\[\d+\]\.url: /,
    ],
    ['a v1 platform it did not know', withAccount({ platform: 'x' }), /^\(version 1\) accounts\[0\]\.platform: /],
    ['a v1 submission by someone else', withEvent(v1, { by: 'robot' }, 1), /^\(version 1\) events\[1\]\.by: /],
    ['a v1 theme it did not have', { ...v1, theme: 'sepia' }, /^\(version 1\) theme: /],
    [
      'a v2 reminder key over 200 characters',
      { ...v2, remindersSent: { ['k'.repeat(201)]: '2025-05-01T00:00:00Z' } },
      /^\(version 2\) remindersSent/,
    ],
    ['a v2 reminder time that is not a time', { ...v2, remindersSent: { a: 'soon' } }, /^\(version 2\) remindersSent\.a: /],
    ['a v2 locale it did not have', { ...v2, settings: { ...(v2.settings as object), locale: 'xx' } }, /^\(version 2\) settings\.locale: /],
    ['a v2 submission by someone else', withEvent(v2, { by: 'robot' }, 0), /^\(version 2\) events\[0\]\.by: /],
    ['a v2 event without an id', withEvent(v2, { id: undefined }, 0), /^\(version 2\) events\[0\]\.id: /],
    ['a v3 reminder key over 200 characters', { ...v3, remindersSent: ['k'.repeat(201)] }, /^\(version 3\) remindersSent\[0\]: /],
    [
      'a v3 proof address over 8192 characters',
      withProof({ url: `https://x.fr/${'p'.repeat(8192)}` }),
      /^\(version 3\) evidence\[0\]\.url: /,
    ],
    ['a v3 proof zone over 100 characters', withProof({ zone: 'z'.repeat(101) }), /^\(version 3\) evidence\[0\]\.zone: /],
    [
      'a v3 proof with more than 20 files',
      withProof({ files: Array.from({ length: 21 }, () => file) }),
      /^\(version 3\) evidence\[0\]\.files: /,
    ],
    ['a v3 proof file of a kind it did not write', withFile({ kind: 'eml' }), /^\(version 3\) evidence\[0\]\.files\[0\]\.kind: /],
    [
      'a v3 proof file name with a folder in it',
      withFile({ name: '../x.png' }),
      /^\(version 3\) evidence\[0\]\.files\[0\]\.name: must be a plain file name/,
    ],
    [
      'a v3 proof file name over 200 characters',
      withFile({ name: `${'n'.repeat(197)}.png` }),
      /^\(version 3\) evidence\[0\]\.files\[0\]\.name: /,
    ],
    [
      'a v3 proof hash that is not SHA-256',
      withFile({ sha256: 'A'.repeat(64) }),
      /^\(version 3\) evidence\[0\]\.files\[0\]\.sha256: must be a SHA-256 hash/,
    ],
    ['a v3 proof hash too short', withFile({ sha256: 'a'.repeat(63) }), /^\(version 3\) evidence\[0\]\.files\[0\]\.sha256: /],
    ['a v3 proof file of negative size', withFile({ bytes: -1 }), /^\(version 3\) evidence\[0\]\.files\[0\]\.bytes: /],
    ['a v3 proof file of a fractional size', withFile({ bytes: 1.5 }), /^\(version 3\) evidence\[0\]\.files\[0\]\.bytes: /],
    [
      'a v3 setting it did not have',
      { ...v3, settings: { ...(v3.settings as object), country: null } },
      /^\(version 3\) settings\.country: /,
    ],
    ['a v3 submission without a source', withEvent(v3 as never, { source: 'robot' }, 0), /^\(version 3\) events\[0\]\.source: /],
    [
      'a v2 page address over 8192 characters',
      { ...v2, events: [{ ...onPageEvent(), url: `https://x.fr/${'p'.repeat(8180)}` }] },
      /^\(version 2\) events\[0\]\.url: /,
    ],
    [
      'a v3 page address over 8192 characters',
      { ...v3, events: [{ ...onPageEvent(), url: `https://x.fr/${'p'.repeat(8180)}` }] },
      /^\(version 3\) events\[0\]\.url: /,
    ],
    [
      'a v3 pause that is missing (the message names both forms it may take)',
      { ...v3, settings: { ...(v3.settings as object), remindersPausedUntil: undefined } },
      /^\(version 3\) settings\.remindersPausedUntil: .*a date and time or "forever"/,
    ],
  ])('refuses %s at its own step', (_name, doc, expected) => {
    expect(errorsOf(doc).join('\n')).toMatch(expected);
  });

  it.each<[string, unknown]>([
    ['a v1 label of 120 characters', withAccount({ label: 'x'.repeat(120) })],
    ['a v1 group of 80 characters', withAccount({ group: 'g'.repeat(80) })],
    ['a v1 account in no campaign', withAccount({ campaignIds: [] })],
    ['a v1 empty reason', withEvent(v1, { reason: '' }, notApplicable)],
    ['a v1 language of 20 characters', { ...v1, language: `fr${'-'.repeat(18)}` }],
    ['a v2 reminder key of 200 characters', { ...v2, remindersSent: { ['k'.repeat(200)]: '2025-05-01T00:00:00Z' } }],
    ['a v3 proof file of 0 bytes', withFile({ bytes: 0 })],
    ['a v3 proof zone of 100 characters', withProof({ zone: 'z'.repeat(100) })],
    ['a v3 JSON proof file', withFile({ kind: 'json', name: 'page.json' })],
    ['a v2 page address of 8192 characters', { ...v2, events: [{ ...onPageEvent(), url: `https://x.fr/${'p'.repeat(8179)}` }] }],
    ['a v3 page address of 8192 characters', { ...v3, events: [{ ...onPageEvent(), url: `https://x.fr/${'p'.repeat(8179)}` }] }],
  ])('accepts %s', (_name, doc) => {
    expect(errorsOf(doc)).toEqual(['accepted']);
  });

  it('reads every event kind each old version wrote', () => {
    const account = ACCOUNT.id as string;
    const base = { accountId: account, campaignId: 'meta-ai-training-eu-2025', at: '2025-04-20T09:15:00Z' };
    const v1Events = [
      { ...base, kind: 'form-opened' },
      { ...base, kind: 'submitted', by: 'app' },
      { ...base, kind: 'confirmed-on-page', url: 'https://www.facebook.com/help/contact/1' },
      { ...base, kind: 'confirmed-by-email' },
      { ...base, kind: 'marked-not-applicable', reason: 'closed' },
      { ...base, kind: 'reopened' },
    ];
    expect(state({ ...v1, events: v1Events }).events.map((event) => event.kind)).toEqual(v1Events.map((event) => event.kind));
    const v2Events = v1Events.map((event, i) => ({ ...event, id: derivedId(`v2:${i}`) }));
    const v2Doc = { ...v2, accounts: v2.accounts.slice(0, 1), events: v2Events };
    expect(state(v2Doc).events.map((event) => event.kind)).toEqual(v1Events.map((event) => event.kind));
  });
});
