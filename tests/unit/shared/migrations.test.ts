import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivedId, migrate } from '../../../src/shared/domain/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/domain/state-schema';
import type { AppState } from '../../../src/shared/domain/types';

const dir = join(import.meta.dirname, '../../fixtures/store');
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
const migrated = (name: string): { state: AppState; from: number } => {
  const result = migrate(load(name));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('migrate', () => {
  it('has a fixture for every version, and each one reaches the latest', () => {
    const versions = readdirSync(dir)
      .filter((name) => /^v\d+\.json$/.test(name))
      .map((name) => Number(name.slice(1, -5)))
      .sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
    for (const version of versions) expect(migrated(`v${version}.json`).from).toBe(version);
  });

  it('v1: moves settings, empties e-mails to null, names groups, gives events ids, renames twitter', () => {
    const { state } = migrated('v1.json');
    expect(state.settings).toEqual({
      locale: 'fr',
      theme: 'dark',
      remindersEnabled: true,
      remindersPausedUntil: null,
      startAtLogin: false,
      onboardingDone: true,
      catalogUpdates: 'ask',
      appUpdates: 'ask',
      recheckReminders: true,
      country: null,
    });
    expect(state.accounts.map((account) => account.email)).toEqual(['marie@example.fr', null, null]);
    expect(state.groups).toHaveLength(1);
    expect(state.groups[0]?.name).toBe('Marie');
    expect(state.accounts.map((account) => account.groupId)).toEqual([state.groups[0]?.id, state.groups[0]?.id, null]);
    expect(state.accounts[2]?.platform).toBe('x');
    expect(state.events).toHaveLength(5);
    for (const event of state.events) expect(event.id).toMatch(UUID);
    expect(new Set(state.events.map((event) => event.id)).size).toBe(5);
    expect(state.events.filter((event) => event.kind === 'submitted').map((event) => event.source)).toEqual(['person', 'detected']);
    expect(state.evidence).toEqual([]);
    expect(state.remindersSent).toEqual([]);
  });

  it('v1: the same file always migrates to the same ids', () => {
    expect(migrated('v1.json')).toEqual(migrated('v1.json'));
  });

  it('v1: a language the app does not speak falls back to the system language', () => {
    const doc = { ...load('v1.json'), language: 'sv-SE' };
    const result = migrate(doc);
    expect(result.ok && result.value.state.settings.locale).toBe('system');
  });

  it('v2: submitted.by becomes source, reminders become a list oldest first, proof and start-at-login appear', () => {
    const { state } = migrated('v2.json');
    expect(state.events.filter((event) => event.kind === 'submitted').map((event) => event.source)).toEqual(['person', 'detected']);
    expect(state.remindersSent).toEqual(['meta-ai-training-eu-2025:before:14d', 'meta-ai-training-eu-2025:before:7d']);
    expect(state.settings.startAtLogin).toBe(false);
    expect(state.settings.remindersPausedUntil).toBe('2025-05-01T08:00:00Z');
    expect(state.evidence).toEqual([]);
  });

  it('v3: proof records come from the page, the new settings start at their defaults, nothing else changes', () => {
    const { schemaVersion: _v, ...v3 } = load('v3.json') as unknown as AppState & { schemaVersion: number };
    const { state } = migrated('v3.json');
    expect(state.evidence).toEqual(v3.evidence.map((record) => ({ ...record, origin: 'page' })));
    expect(state.settings).toEqual({ ...v3.settings, catalogUpdates: 'ask', appUpdates: 'ask', recheckReminders: true, country: null });
    expect({ ...state, evidence: v3.evidence, settings: v3.settings }).toEqual(v3);
  });

  it('v4: returns the state unchanged', () => {
    const { schemaVersion: _v, ...expected } = load('v4.json');
    expect(migrated('v4.json').state).toEqual(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['a newer version', { ...load('v4.json'), schemaVersion: 5 }, /newer version of Objector/],
    ['a v3 file with a v4 event', { ...load('v4.json'), schemaVersion: 3 }, /\(version 3\) /],
    ['a missing version', { accounts: [] }, /schemaVersion: is missing/],
    ['a version 0', { schemaVersion: 0 }, /whole number from 1/],
    ['a fractional version', { schemaVersion: 1.5 }, /whole number/],
    ['a version as text', { schemaVersion: '3' }, /whole number/],
    ['a list', [], /must be an object/],
    ['null', null, /must be an object/],
    ['a broken v1 file', { ...load('v1.json'), accounts: 'none' }, /\(version 1\) accounts: must be a list/],
    ['a v1 event of an unknown account', { ...load('v1.json'), accounts: [] }, /events\[0\]\.accountId: refers to an account/],
    ['a broken v2 file', { ...load('v2.json'), remindersSent: [] }, /\(version 2\) remindersSent: must be an object/],
  ])('refuses %s', (_name, doc, expected) => {
    const result = migrate(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(expected);
  });
});

describe('derivedId', () => {
  it('makes valid, stable, distinct UUIDs', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => derivedId(`event:${i}`));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(1000);
    expect(derivedId('x')).toBe(derivedId('x'));
  });
});

describe('v1 → v2: groups and platforms', () => {
  it('gives each distinct group its own id, and renames only twitter to x', () => {
    const v1 = load('v1.json') as { accounts: Record<string, unknown>[] };
    const extra = {
      ...v1.accounts[0],
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      group: 'Work',
      platform: 'linkedin',
      campaignIds: ['linkedin-genai-2025'],
    };
    const result = migrate({ ...v1, accounts: [...v1.accounts, extra] });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { accounts, groups } = result.value.state;
    expect(groups.map((group) => group.name)).toEqual(['Marie', 'Work']);
    expect(new Set(groups.map((group) => group.id)).size).toBe(2);
    expect(accounts.map((account) => account.platform)).toEqual(['facebook', 'instagram', 'x', 'linkedin']);
    expect(accounts[3]?.groupId).toBe(groups[1]?.id);
    expect(accounts[0]?.groupId).toBe(accounts[1]?.groupId);
  });
});
