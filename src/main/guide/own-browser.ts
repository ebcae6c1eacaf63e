/**
 * Targets the catalog opens in the person's own browser (`opensIn: 'browser'`): Google refuses
 * sign-in inside embedded browsers, so Google Gemini's setting cannot be shown in the account
 * view. The first address goes to the system browser; the step is recorded as for the guided
 * window, and the person records the rest in the checklist.
 */
import { shell } from 'electron';
import type { Account, CampaignTarget, Catalog } from '@shared/domain/types';
import { deriveStatus } from '@shared/domain/status';
import { entryUrlsOf } from '@shared/guide/entries';
import type { StateService } from '../state/state-service';
import { errorFields, log } from '../log/log';

/** Records "opened" the first time a target is opened (main: while it is to do; extra: once). */
export function recordOpened(state: StateService, catalog: Catalog, accountId: string, campaignId: string, target: CampaignTarget): void {
  if (target.role === 'main') {
    if (deriveStatus(state.get(), accountId, campaignId, catalog).kind !== 'to-do') return;
    state.dispatch({ kind: 'record', accountId, campaignId, event: { kind: 'form-opened' } });
    return;
  }
  const seen = state
    .get()
    .events.some((event) => event.accountId === accountId && event.campaignId === campaignId && event.targetId === target.id);
  if (!seen) state.dispatch({ kind: 'record', accountId, campaignId, targetId: target.id, event: { kind: 'form-opened' } });
}

/** Opens the target's first address in the system browser and records it. */
export function openInOwnBrowser(
  app: { readonly state: StateService; readonly catalog: Catalog },
  account: Account,
  campaignId: string,
  target: CampaignTarget,
): void {
  const url = entryUrlsOf(target)[0];
  if (url === undefined) throw new Error(`The ${target.platform} target has no address.`);
  // The system may have no browser to hand it to: the log says so; the step is still recorded.
  shell
    .openExternal(url)
    .catch((error: unknown) => log.warn('guide.own-browser-failed', { platform: target.platform, ...errorFields(error) }));
  recordOpened(app.state, app.catalog, account.id, campaignId, target);
}
