/**
 * A start that never dies silently, against the mock: a failure ends in a tray icon and a window
 * that say what happened and where the files are; a second launch during start-up is not lost;
 * unhandled rejections are logged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { appMock, dialogMock, FakeTray, resetElectronMock, shellMock } from '../../support/electron-mock';
import { listenToSecondInstance, logUnhandledRejections, showStartFailure } from '../../../src/main/lifecycle/startup';
import { setLogSink } from '../../../src/main/log/log';

const lines: string[] = [];
beforeEach(() => {
  resetElectronMock();
  lines.length = 0;
  setLogSink({ write: (level, line) => lines.push(`${level} ${line}`) });
});
afterEach(() => setLogSink(null));

describe('showStartFailure', () => {
  it('shows a tray icon and a window saying what happened, where the data is, and what to do', async () => {
    dialogMock.nextMessageBoxResponse = 0; // "Open the log folder"
    await showStartFailure(new Error('The catalog is invalid: campaigns[0].deadline'), { data: '/data/Objector', logs: '/logs/Objector' });
    const tray = FakeTray.all[0];
    expect(tray?.tooltip).toBe('Objector could not start: click for details');
    expect(tray?.menu?.items.map((item) => item.label ?? item.type)).toEqual([
      'What happened?',
      'Open the log folder',
      'Open the data folder',
      'separator',
      'Quit Objector',
    ]);
    const [options] = dialogMock.messages.at(-1) as [{ title: string; detail: string; buttons: string[] }];
    expect(options.title).toBe('Objector could not start');
    expect(options.detail).toContain('The catalog is invalid: campaigns[0].deadline');
    expect(options.detail).toContain('/data/Objector');
    expect(options.detail).toMatch(/Your data has not been changed/);
    expect(options.buttons).toEqual(['Open the log folder', 'Open the data folder', 'Quit Objector']);
    expect(shellMock.openedPaths).toEqual(['/logs/Objector']);
    expect(lines.join('\n')).toMatch(/error app\.start-failed error=Error/);
  });

  it('speaks the system language', async () => {
    appMock.preferredLanguages = ['de-DE'];
    dialogMock.nextMessageBoxResponse = 2;
    await showStartFailure(new Error('x'), { data: '/d', logs: '/l' });
    const [options] = dialogMock.messages.at(-1) as [{ title: string }];
    expect(options.title).toBe('Objector konnte nicht starten');
    expect(appMock.quitting).toBe(true);
  });
});

describe('listenToSecondInstance', () => {
  it('keeps a second launch made during start-up and handles it once the app is up', () => {
    const gate = listenToSecondInstance();
    appMock.emit('second-instance');
    const calls: string[] = [];
    gate.ready(() => calls.push('checklist'));
    expect(calls).toEqual(['checklist']);
    appMock.emit('second-instance');
    expect(calls).toEqual(['checklist', 'checklist']);
  });
});

describe('logUnhandledRejections', () => {
  it('logs them instead of losing them', () => {
    const fake = new EventEmitter();
    logUnhandledRejections(fake as unknown as NodeJS.Process);
    fake.emit('unhandledRejection', Object.assign(new Error('boom'), { code: 'EBOOM' }));
    expect(lines).toEqual(['error main.unhandled-rejection error=EBOOM message=boom']);
  });
});
