/**
 * IPC of the guided window: open it on an account, tell the panel what it shows, move between
 * addresses, open the address in the system browser, save proof, answer a detected confirmation,
 * and forget an account's login. Also wires session clean-up on account removal.
 */
import { shell } from 'electron';
import type { EvidenceRecord } from '@shared/domain/types';
import { handle } from './handle';
import {
  closeGuide,
  configureGuide,
  currentGuidePage,
  currentGuideView,
  isShowing,
  openGuide,
  type GuideDeps,
  type GuidePage,
} from '../guide/guide-window';
import { saveProof } from '../guide/proof';
import { cleanupPendingSessions, forgetLogin, setupSessionCleanup } from '../guide/session-cleanup';
import { e2eOrigin } from '../guide/e2e-override';

function requirePage(): GuidePage {
  const page = currentGuidePage();
  if (page === null) throw new Error('The guided window is not open.');
  return page;
}

async function proofOf(page: GuidePage, reason: 'confirmed-on-page' | 'on-demand', deps: GuideDeps): Promise<EvidenceRecord> {
  const record = await saveProof(page.view.webContents, page, reason, deps);
  if (currentGuidePage() === page) page.session.setLastEvidence(record);
  return record;
}

function mayOpenExternally(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.origin === e2eOrigin();
  } catch {
    return false;
  }
}

/** Sets up the guided window: its IPC, leftover session folders, and forgetting removed accounts' sessions. */
export function setupGuide(deps: GuideDeps): void {
  configureGuide(deps);
  cleanupPendingSessions();
  setupSessionCleanup(deps.state);
  deps.state.onChange((state) => {
    const page = currentGuidePage();
    if (page !== null && !state.accounts.some((account) => account.id === page.accountId)) closeGuide();
  });

  handle('guide:open', ({ accountId, campaignId, targetId }) => openGuide(accountId, campaignId, targetId));
  handle('guide:get', () => currentGuideView());
  handle('guide:go', (go) => {
    const page = requirePage();
    if (go.kind === 'entry') page.session.goToEntry(go.index);
    else page.session.reload();
  });
  handle('guide:open-in-browser', async () => {
    const url = requirePage().session.currentEntry();
    if (mayOpenExternally(url)) await shell.openExternal(url);
  });
  handle('guide:capture', async () => {
    try {
      return { ok: true, record: await proofOf(requirePage(), 'on-demand', deps) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  handle('guide:answer-detection', async ({ accept }) => {
    const page = requirePage();
    const url = page.session.answerDetection(accept);
    if (url === null) return;
    const applied = deps.state.dispatch({
      kind: 'record',
      accountId: page.accountId,
      campaignId: page.campaignId,
      ...(page.targetId === undefined ? {} : { targetId: page.targetId }),
      event: { kind: 'confirmed-on-page', url },
    });
    if (!applied.ok) throw new Error(applied.error);
    await proofOf(page, 'confirmed-on-page', deps);
  });
  handle('session:forget', async ({ accountId }) => {
    if (!deps.state.get().accounts.some((account) => account.id === accountId)) return;
    await forgetLogin(accountId);
    const page = currentGuidePage();
    if (page !== null && isShowing(accountId)) page.session.goToEntry(0);
  });
}
