import { beforeEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { asReal, FakeWebContents, ipcMainMock, resetElectronMock } from '../../support/electron-mock';
import { broadcast, handle, trustWebContents } from '../../../src/main/ipc/handle';

describe('handle()', () => {
  beforeEach(() => resetElectronMock());

  const ours = (): FakeWebContents => {
    const contents = new FakeWebContents();
    contents.url = 'app://objector/index.html?view=checklist';
    trustWebContents(asReal<WebContents>(contents));
    return contents;
  };

  it('passes a valid argument from our own window to the handler', async () => {
    const seen: unknown[] = [];
    handle('guide:open', (arg) => {
      seen.push(arg);
    });
    const arg = { accountId: '3f2c1b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c', campaignId: 'meta-ai-training-eu-2025' };
    await ipcMainMock.invoke('guide:open', ours(), arg);
    expect(seen).toEqual([arg]);
  });

  it('refuses a sender that is not one of our windows', async () => {
    handle('state:get', () => null as never);
    const stranger = new FakeWebContents();
    stranger.url = 'app://objector/index.html';
    await expect(ipcMainMock.invoke('state:get', stranger)).rejects.toThrow(/not an Objector window/);
  });

  it('refuses our window once it shows a page that is not ours', async () => {
    handle('state:get', () => null as never);
    const contents = ours();
    contents.url = 'https://www.facebook.com/';
    await expect(ipcMainMock.invoke('state:get', contents)).rejects.toThrow(/not an Objector window/);
  });

  it.each([
    ['a missing field', { accountId: '3f2c1b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c' }, /campaignId: is missing/],
    ['an id that is not a UUID', { accountId: 'me', campaignId: 'x' }, /accountId: must be an id/],
    ['an unexpected key', { accountId: '3f2c1b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c', campaignId: 'x', extra: 1 }, /extra: is not expected/],
    ['a string instead of an object', 'hello', /must be an object/],
  ])('refuses %s without calling the handler', async (_name, arg, message) => {
    let called = false;
    handle('guide:open', () => {
      called = true;
    });
    await expect(ipcMainMock.invoke('guide:open', ours(), arg)).rejects.toThrow(message);
    expect(called).toBe(false);
  });

  it('refuses extra arguments', async () => {
    handle('state:get', () => null as never);
    await expect(ipcMainMock.invoke('state:get', ours(), undefined, 'more')).rejects.toThrow(/at most one argument/);
  });

  it('broadcasts only to live windows of ours', () => {
    const a = ours();
    const b = ours();
    b.destroy();
    const outsider = new FakeWebContents();
    broadcast('guide:changed', null);
    expect(a.sent).toEqual([{ channel: 'guide:changed', payload: null }]);
    expect(b.sent).toEqual([]);
    expect(outsider.sent).toEqual([]);
  });
});
