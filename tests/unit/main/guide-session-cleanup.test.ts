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
  it('clears the session and removes its folder', async () => {
    const folder = storageOf(ID);
    const fake = accountSession(ID) as unknown as FakeSession;
    const clearCache = vi.spyOn(fake, 'clearCache');
    const clearAuthCache = vi.spyOn(fake, 'clearAuthCache');
    await forgetLogin(ID);
    expect(fake.cleared).toBe(1);
    expect(clearCache).toHaveBeenCalled();
    expect(clearAuthCache).toHaveBeenCalled();
    expect(existsSync(folder)).toBe(false);
  });

  it('lists a busy folder and removes it at the next start', async () => {
    const folder = storageOf(ID);
    await forgetLogin(ID, () => false);
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
