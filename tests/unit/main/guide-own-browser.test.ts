import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeBaseWindow, resetElectronMock, shellMock } from '../../support/electron-mock';
import type { Account } from '@shared/domain/types';
import { findTarget } from '@shared/catalog/index';
import { entryUrlsOf } from '@shared/guide/entries';
import { configureGuide, currentGuideView, openGuide, type GuideDeps } from '../../../src/main/guide/guide-window';
import { guideDeps, stateWithAccounts } from './guide-support';
import { createStateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';

const GEMINI = '0b7c6f2e-1111-4222-8333-444455556670';
const CAMPAIGN = 'google-gemini-activity';

function depsWithGemini(): GuideDeps {
  const deps = guideDeps();
  const account: Account = {
    id: GEMINI,
    platform: 'google-gemini',
    label: 'Marie (Google)',
    email: null,
    groupId: null,
    campaignIds: [CAMPAIGN],
    createdAt: '2025-05-01T10:00:00.000Z',
  };
  const base = stateWithAccounts();
  const state = createStateService(memoryStorage({ ...base, accounts: [...base.accounts, account] }), deps.catalog, deps.clock);
  return { ...deps, state };
}

beforeEach(() => resetElectronMock());
afterEach(() => {
  for (const window of FakeBaseWindow.getAllWindows()) window.destroy();
});

describe('a target the catalog opens in the person’s own browser (Google refuses embedded sign-in)', () => {
  it('goes to the system browser, opens no account view, and records the step once', () => {
    const deps = depsWithGemini();
    const target = findTarget(deps.catalog, CAMPAIGN, 'google-gemini');
    expect(target?.opensIn).toBe('browser');
    const first = target === undefined ? undefined : entryUrlsOf(target)[0];
    expect(first).toMatch(/^https:\/\/[a-z.]*google\.com\//);
    configureGuide(deps);

    openGuide(GEMINI, CAMPAIGN);
    openGuide(GEMINI, CAMPAIGN);

    expect(shellMock.opened).toEqual([first, first]);
    expect(FakeBaseWindow.all).toHaveLength(0);
    expect(currentGuideView()).toBeNull();
    const opened = deps.state.get().events.filter((event) => event.accountId === GEMINI && event.kind === 'form-opened');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ campaignId: CAMPAIGN });
    expect(opened[0]).not.toHaveProperty('targetId');
  });

  it('leaves embedded targets in the guided window', () => {
    const deps = depsWithGemini();
    configureGuide(deps);
    openGuide(deps.state.get().accounts[0]?.id ?? '', 'meta-ai-training-eu-2025');
    expect(shellMock.opened).toEqual([]);
    expect(FakeBaseWindow.all).toHaveLength(1);
  });
});
