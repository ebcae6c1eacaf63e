/** Shared set-up of the guided-window tests: a state with accounts, and the guide's deps. */
import type { Account, AppState, Clock } from '@shared/domain/types';
import { defaultState } from '@shared/domain/defaults';
import { builtInCatalog } from '@shared/catalog/index';
import { loadMessages } from '@shared/i18n/load';
import { createStateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';
import type { GuideDeps } from '../../../src/main/guide/guide-window';

/** The Meta campaign's id, as the catalog spells it. */
const PRIMARY_CAMPAIGN_ID = 'meta-ai-training-eu-2025';

const en = await loadMessages('en');

export const FB1 = '0b7c6f2e-1111-4222-8333-444455556661';
export const FB2 = '0b7c6f2e-1111-4222-8333-444455556662';
export const IG = '0b7c6f2e-1111-4222-8333-444455556663';
export const CAMPAIGN = PRIMARY_CAMPAIGN_ID;

function account(id: string, platform: Account['platform'], label: string, email: string | null): Account {
  return { id, platform, label, email, groupId: null, campaignIds: [CAMPAIGN], createdAt: '2025-05-01T10:00:00.000Z' };
}

/** Two Facebook accounts and one Instagram account. */
export function stateWithAccounts(): AppState {
  return {
    ...defaultState(),
    groups: [{ id: '9a7c6f2e-1111-4222-8333-444455556666', name: 'Family' }],
    accounts: [
      { ...account(FB1, 'facebook', 'Marie', 'marie@example.org'), groupId: '9a7c6f2e-1111-4222-8333-444455556666' },
      account(FB2, 'facebook', 'Marie (work)', 'marie@work.example'),
      account(IG, 'instagram', '@marie', null),
    ],
  };
}

/** The guide's dependencies over a fresh in-memory state. */
export function guideDeps(clock: Clock = { now: () => new Date('2025-05-20T12:00:00Z') }): GuideDeps {
  const catalog = builtInCatalog();
  return {
    state: createStateService(memoryStorage(stateWithAccounts()), catalog, clock),
    catalog,
    clock,
    language: () => ({ locale: 'en', messages: en }),
  };
}
