import { beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AppState } from '@shared/domain/types';
import { defaultState } from '@shared/domain/defaults';
import type { FakeSession } from '../../support/electron-mock';
import { appMock, resetElectronMock } from '../../support/electron-mock';
import { accountSession } from '../../../src/main/guide/account-session';
import { cleanupPendingSessions, forgetLogin, pendingFile, setupSessionCleanup } from '../../../src/main/guide/session-cleanup';

const ID = '0b7c6f2e-1111-4222-8333-444455556666';

beforeEach(() => resetElectronMock());

function storageOf(id: string): string {
  const path = (accountSession(id) as unknown as FakeSession).getStoragePath();
  if (path === null) throw new Error('no storage path');
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'Cookies'), 'secret');
  return path;
}

describe('forgetLogin', () => {
  it('clears everything the live session holds with clearData(), and never removes its folder under it', async () => {
    const folder = storageOf(ID);
    const fake = accountSession(ID) as unknown as FakeSession;
    await forgetLogin(ID);
    expect(fake.clearedAll).toBe(1);
    expect(existsSync(folder)).toBe(true);
  });

  it('removes the folder at the next start, before any session uses it', async () => {
    const folder = storageOf(ID);
    await forgetLogin(ID);
    expect(existsSync(folder)).toBe(true);
    expect(JSON.parse(readFileSync(pendingFile(), 'utf8'))).toEqual([folder]);
    cleanupPendingSessions();
    expect(existsSync(folder)).toBe(false);
    expect(JSON.parse(readFileSync(pendingFile(), 'utf8'))).toEqual([]);
  });

  it('keeps a folder that still resists, and never touches paths outside userData', () => {
    const outside = mkdtempSync(join(tmpdir(), 'objector-outside-'));
    const inside = join(appMock.getPath('userData'), 'Partitions', 'account-x');
    mkdirSync(inside, { recursive: true });
    writeFileSync(pendingFile(), JSON.stringify([outside, inside, 42]));
    const remove = vi.fn(() => false);
    cleanupPendingSessions(remove);
    expect(remove).toHaveBeenCalledWith(inside);
    expect(remove).not.toHaveBeenCalledWith(outside);
    expect(existsSync(outside)).toBe(true);
    expect(JSON.parse(readFileSync(pendingFile(), 'utf8'))).toEqual([inside]);
  });

  it('does nothing at start when nothing is pending', () => {
    cleanupPendingSessions();
    expect(existsSync(pendingFile())).toBe(false);
  });
});

describe('setupSessionCleanup', () => {
  it('forgets the session of a removed account', () => {
    const account = (id: string) => ({
      id,
      platform: 'facebook' as const,
      label: id,
      email: null,
      groupId: null,
      campaignIds: [],
      createdAt: '',
    });
    let state: AppState = { ...defaultState(), accounts: [account('a'), account('b')] };
    const listeners: ((next: AppState) => void)[] = [];
    const forget = vi.fn(() => Promise.resolve());
    setupSessionCleanup({ get: () => state, onChange: (listener) => (listeners.push(listener), () => undefined) }, forget);
    state = { ...state, accounts: [account('b')] };
    for (const listener of listeners) listener(state);
    expect(forget).toHaveBeenCalledWith('a');
    expect(forget).toHaveBeenCalledTimes(1);
    for (const listener of listeners) listener(state);
    expect(forget).toHaveBeenCalledTimes(1);
  });
});
