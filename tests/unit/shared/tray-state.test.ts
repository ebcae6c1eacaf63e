/** The tray icon state across campaigns, and its file per platform. */
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_STATES, trayIconFile, trayIconState } from '@shared/tray/tray-state';
import { campaignProgress } from '@shared/domain/overview';
import type { AppState, Catalog } from '@shared/domain/types';
import { stateWith } from '../../support/domain-fixtures';
import { LINKEDIN, META, TODAY, X, catalogWith, days, on, step } from './campaign-fixtures';

const icon = (state: AppState, catalog: Catalog = catalogWith(), now = TODAY) => trayIconState(campaignProgress(state, catalog, now));
const off = (n: number, campaignId: string, at: Date) => step(n, campaignId, at, { kind: 'submitted', source: 'person' });

describe('trayIconState', () => {
  it('is idle with no account taking part', () => {
    expect(icon(stateWith({}))).toBe('idle');
  });

  it('is passed-todo today while an account of a passed campaign needs the person', () => {
    expect(icon(stateWith({ accounts: [on(1, 'facebook', [META])] }))).toBe('passed-todo');
  });

  it('is todo for a campaign without a date, and due-soon as soon as one campaign with work left is within 72 hours', () => {
    expect(icon(stateWith({ accounts: [on(4, 'x', [X])] }))).toBe('todo');
    const soon = catalogWith({ [LINKEDIN]: days(TODAY, 2) });
    expect(icon(stateWith({ accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN])] }), soon)).toBe('due-soon');
    // The campaign due soon is finished: the passed one decides.
    const finished = stateWith({
      accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN])],
      events: [off(3, LINKEDIN, days(TODAY, -1))],
    });
    expect(icon(finished, soon)).toBe('passed-todo');
  });

  it('is done when nothing needs the person (a form waiting for its answer included), and todo again when a re-check falls due', () => {
    const state = stateWith({
      accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN])],
      events: [off(1, META, days(TODAY, -1)), off(3, LINKEDIN, days(TODAY, -80))],
    });
    expect(icon(state)).toBe('done');
    expect(icon(state, catalogWith(), days(TODAY, 10))).toBe('passed-todo');
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
