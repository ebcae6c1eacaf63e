import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { asReal, FakeSession, resetElectronMock, sessionMock } from '../../support/electron-mock';
import { accountSession, hardenAccountSession } from '../../../src/main/guide/account-session';

const ID = '0b7c6f2e-1111-4222-8333-444455556666';

beforeEach(() => resetElectronMock());

describe('account sessions', () => {
  it('uses persist:account-<id>, one per account', () => {
    const first = accountSession(ID) as unknown as FakeSession;
    expect(first.partition).toBe(`persist:account-${ID}`);
    expect(accountSession('other') as unknown as FakeSession).not.toBe(first);
    expect(sessionMock.partitions.has(`persist:account-${ID}`)).toBe(true);
  });

  it('denies every permission request and check', () => {
    const fake = accountSession(ID) as unknown as FakeSession;
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen']) {
      fake.permissionRequestHandler?.(null, permission, callback, {});
      expect(fake.permissionCheckHandler?.(null, permission, 'https://www.facebook.com', {})).toBe(false);
    }
    expect(callback).toHaveBeenCalledTimes(5);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
  });

  it('cancels every download', () => {
    const fake = accountSession(ID) as unknown as FakeSession;
    const preventDefault = vi.fn();
    const item = { cancel: vi.fn() };
    fake.emit('will-download', { preventDefault }, item, null);
    expect(preventDefault).toHaveBeenCalled();
    expect(item.cancel).toHaveBeenCalled();
  });

  it('removes the Electron and Objector tokens from the user agent', () => {
    const fake = new FakeSession('persist:account-x');
    const setUserAgent = vi.spyOn(fake, 'setUserAgent');
    hardenAccountSession(asReal<Session>(fake));
    expect(setUserAgent).toHaveBeenCalledWith('Mozilla/5.0 Chrome/140.0.0.0 Safari/537.36');
  });

  it('hardens a session once', () => {
    const fake = new FakeSession('persist:account-y');
    const on = vi.spyOn(fake, 'on');
    hardenAccountSession(asReal<Session>(fake));
    hardenAccountSession(asReal<Session>(fake));
    expect(on).toHaveBeenCalledTimes(1);
  });
});
