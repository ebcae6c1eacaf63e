import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, parseStoredState, referenceErrors, toStoredDocument } from '../../../src/shared/domain/state-schema';
import { defaultState } from '../../../src/shared/domain/defaults';

/** The item at `index`, which the test knows is there. */
const nth = <T>(list: readonly T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

type Doc = Record<string, unknown> & {
  accounts: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  events: Record<string, unknown>[];
  evidence: (Record<string, unknown> & { files: Record<string, unknown>[] })[];
  settings: Record<string, unknown>;
};

const fixture = (): Doc => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/store/v4.json'), 'utf8')) as Doc;
const errorsOf = (doc: unknown): readonly string[] => {
  const result = parseStoredState(doc);
  return result.ok ? [] : result.errors;
};

describe('parseStoredState', () => {
  it('accepts the current fixture and returns the state without the version', () => {
    const result = parseStoredState(fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).not.toHaveProperty('schemaVersion');
    expect(result.value.accounts).toHaveLength(3);
    expect(result.value.settings.remindersPausedUntil).toBe('forever');
  });

  it('round-trips the default state through toStoredDocument', () => {
    const doc = toStoredDocument(defaultState());
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(parseStoredState(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, value: defaultState() });
  });

  it.each<[string, (doc: Doc) => void, RegExp]>([
    ['an older version', (d) => (d.schemaVersion = 2), /schemaVersion: must be one of 4/],
    ['an account id that is not a UUID', (d) => (nth(d.accounts, 0).id = 'marie@example.fr'), /accounts\[0\]\.id: must be an id/],
    [
      'a platform that is no platform id',
      (d) => (nth(d.accounts, 0).platform = 'My Space'),
      /accounts\[0\]\.platform: must be a platform id/,
    ],
    ['an invalid e-mail', (d) => (nth(d.accounts, 0).email = 'not an address'), /accounts\[0\]\.email: must be an e-mail/],
    ['an unknown event kind', (d) => (nth(d.events, 0).kind = 'liked'), /events\[0\]\.kind: must be one of/],
    ['an event without its payload', (d) => delete nth(d.events, 0).source, /events\[0\]\.source: is missing/],
    ['an event id that is not a UUID', (d) => (nth(d.events, 1).id = '1'), /events\[1\]\.id/],
    ['a short evidence hash', (d) => (nth(nth(d.evidence, 0).files, 0).sha256 = 'abc'), /files\[0\]\.sha256: must have at least 64/],
    [
      'an upper-case evidence hash',
      (d) => (nth(nth(d.evidence, 0).files, 0).sha256 = 'A'.repeat(64)),
      /files\[0\]\.sha256: must be a SHA-256/,
    ],
    ['an evidence file name with a path', (d) => (nth(nth(d.evidence, 0).files, 0).name = '../../etc/passwd'), /files\[0\]\.name/],
    ['an unknown locale', (d) => (d.settings.locale = 'tlh'), /settings\.locale/],
    ['a missing setting', (d) => delete d.settings.startAtLogin, /settings\.startAtLogin: is missing/],
    ['a country that is no country code', (d) => (d.settings.country = 'France'), /settings\.country: must have at most 2/],
    ['an unknown update consent', (d) => (d.settings.catalogUpdates = 'sometimes'), /settings\.catalogUpdates: must be one of/],
    ['a proof of unknown origin', (d) => (nth(d.evidence, 0).origin = 'rumour'), /evidence\[0\]\.origin: must be one of/],
    [
      'an event for a target that is no id',
      (d) => (nth(d.events, 0).targetId = 'Other Form'),
      /events\[0\]\.targetId: must be a target id/,
    ],
    ['a pause that is not a date', (d) => (d.settings.remindersPausedUntil = 'tomorrow'), /settings\.remindersPausedUntil/],
    ['an unknown top-level key', (d) => (d.extra = 1), /extra: is not expected here/],
    ['a prototype-polluting key', (d) => (d.settings = JSON.parse('{"__proto__":{"x":1}}') as Record<string, unknown>), /forbidden key/],
    [
      'an event of an unknown account',
      (d) => (nth(d.events, 0).accountId = '11111111-1111-4111-8111-111111111111'),
      /events\[0\]\.accountId: refers to an account/,
    ],
    [
      'proof of an unknown account',
      (d) => (nth(d.evidence, 0).accountId = '11111111-1111-4111-8111-111111111111'),
      /evidence\[0\]\.accountId: refers/,
    ],
    ['an account in an unknown group', (d) => (d.groups = []), /accounts\[0\]\.groupId: refers to a group/],
    ['a duplicate account id', (d) => (nth(d.accounts, 1).id = nth(d.accounts, 0).id), /accounts\[1\]\.id: is used twice/],
    ['a duplicate event id', (d) => (nth(d.events, 1).id = nth(d.events, 0).id), /events\[1\]\.id: is used twice/],
  ])('refuses %s', (_name, change, expected) => {
    const doc = fixture();
    change(doc);
    expect(errorsOf(doc).join('\n')).toMatch(expected);
  });

  it.each([null, 42, 'text', [], true])('refuses a document that is %j', (doc) => {
    expect(parseStoredState(doc).ok).toBe(false);
  });
});

describe('referenceErrors', () => {
  it('finds nothing wrong in an empty state', () => {
    expect(referenceErrors(defaultState())).toEqual([]);
  });
});
