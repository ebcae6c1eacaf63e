/**
 * The store's compaction and its bookkeeping, at their exact edges (issue 14, step 7: tests that
 * bite; written after the first mutation run of store.ts): a snapshot starts exactly when the
 * journal reaches its limit in lines or bytes, the count starts again after it, the number of
 * generations kept, and what `readOnly()` says. Real files in a temporary folder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStorage, type FileStorage } from '../../../src/main/state/store';
import { defaultState } from '../../../src/shared/domain/defaults';
import type { AppState } from '../../../src/shared/domain/types';
import type { Log } from '../../../src/main/log/log';

const clock = { now: () => new Date('2025-05-20T14:03:11.123Z') };
const quiet: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };
const THEMES = ['dark', 'light', 'system'] as const;
/** A state that differs from the one before it (the theme goes round). */
const stateNumber = (n: number): AppState => ({
  ...defaultState(),
  settings: { ...defaultState().settings, theme: THEMES[n % 3] ?? 'dark' },
});

let dir = '';
let storage: FileStorage;
const open = (options: Partial<Parameters<typeof createFileStorage>[0]> = {}): FileStorage =>
  createFileStorage({ dir, clock, log: quiet, ...options });
/** The seq of the snapshot at the main path, or null when there is none yet. */
const snapshotSeq = (): number | null => {
  try {
    return (JSON.parse(readFileSync(storage.path, 'utf8')) as { seq: number }).seq;
  } catch {
    return null;
  }
};
const generations = (): string[] =>
  readdirSync(dir)
    .filter((name) => name.includes('.gen-'))
    .sort();
let saves = 0;
const saveNext = async (): Promise<void> => {
  saves += 1;
  storage.save(stateNumber(saves));
  await storage.idle();
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-mutants-'));
  saves = 0;
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('background compaction', () => {
  it('starts exactly when the journal reaches its limit in lines, and counts again from there', async () => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 3 } });
    storage.load();
    await saveNext();
    await saveNext();
    expect(snapshotSeq()).toBeNull();
    await saveNext();
    expect(snapshotSeq()).toBe(3);
    await saveNext();
    await saveNext();
    expect(snapshotSeq()).toBe(3);
    await saveNext();
    expect(snapshotSeq()).toBe(6);
  });

  it('starts exactly when the journal reaches its limit in bytes', async () => {
    // Measure the journal of two saves first, with no automatic compaction.
    const journalBytes = (): number =>
      readdirSync(dir)
        .filter((name) => name.includes('.journal-'))
        .reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    storage.load();
    await saveNext();
    await saveNext();
    const twoLines = journalBytes();
    storage.close();
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'objector-store-mutants-'));
    saves = 0;
    // The same two saves reach a limit of exactly their size.
    storage = open({ compactAfter: { bytes: twoLines, lines: 1e9 } });
    storage.load();
    await saveNext();
    expect(snapshotSeq()).toBeNull();
    await saveNext();
    expect(snapshotSeq()).toBe(2);
  });
});

describe('generations', () => {
  it('keeps the newest two by default, and the number asked for otherwise', async () => {
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 } });
    storage.load();
    for (let i = 0; i < 4; i++) {
      await saveNext();
      await storage.compact();
    }
    expect(generations()).toEqual(['objector-state.gen-000000000002.json', 'objector-state.gen-000000000003.json']);
    storage.close();
    storage = open({ compactAfter: { bytes: 1e9, lines: 1e9 }, generations: 1 });
    storage.load();
    await saveNext();
    await storage.compact();
    expect(generations()).toEqual(['objector-state.gen-000000000004.json']);
  });
});

describe('readOnly()', () => {
  it('is null for a store that can be written, and the reason otherwise', () => {
    storage = open();
    storage.load();
    expect(storage.readOnly()).toBeNull();
    storage.close();
    writeFileSync(storage.path, JSON.stringify({ format: 'objector-store', version: 2, seq: 4, document: {} }));
    storage = open();
    storage.load();
    expect(storage.readOnly()).toBe('newer-version');
  });
});
