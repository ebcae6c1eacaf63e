/** The tray icon state and its file per platform. */
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_STATES, trayIconFile, trayIconState } from '@shared/tray/tray-state';
import type { Status } from '@shared/domain/types';

const toDo: Status = { kind: 'to-do' };
const sent: Status = { kind: 'submitted', source: 'person', at: '2025-05-01T00:00:00Z' };
const confirmed: Status = { kind: 'confirmed', confidence: 'by-email', at: '2025-05-01T00:00:00Z' };

describe('trayIconState', () => {
  it('is idle with no account taking part, whatever the deadline', () => {
    expect(trayIconState('due-soon', [])).toBe('idle');
    expect(trayIconState(null, [])).toBe('idle');
  });

  it('follows the deadline phase while something is to do', () => {
    expect(trayIconState('upcoming', [toDo, confirmed])).toBe('todo');
    expect(trayIconState('no-deadline', [toDo])).toBe('todo');
    expect(trayIconState('due-soon', [{ kind: 'in-progress', since: 'x' }])).toBe('due-soon');
    expect(trayIconState('passed', [toDo])).toBe('passed-todo');
  });

  it('is done once everything is filed (sent awaits only an e-mail)', () => {
    expect(trayIconState('passed', [confirmed, sent])).toBe('done');
    expect(trayIconState('upcoming', [{ kind: 'not-applicable', reason: '', at: 'x' }])).toBe('done');
  });
});

describe('trayIconFile', () => {
  it('names a file per state and platform', () => {
    for (const state of TRAY_ICON_STATES) {
      expect(trayIconFile(state, 'linux')).toBe(`${state}.png`);
      expect(trayIconFile(state, 'darwin')).toBe(`${state}Template.png`);
      expect(trayIconFile(state, 'win32')).toBe(`${state}.ico`);
    }
  });
});
