/**
 * Saves proof of what an account view shows and adds it to the state: capture (PNG + PDF), write
 * the files and the JSON record, then dispatch `add-evidence` (which logs `evidence-saved`).
 */
import { randomUUID } from 'node:crypto';
import type { WebContents } from 'electron';
import type { Clock, EvidenceRecord } from '@shared/domain/types';
import type { StateService } from '../state/state-service';
import { capturePage } from '../evidence/capture';
import { writeEvidence, type EvidenceContext } from '../evidence/evidence-store';

/** What saving proof needs. */
export interface ProofDeps {
  readonly state: Pick<StateService, 'get' | 'dispatch'>;
  readonly clock: Clock;
}

/** Captures `contents` as proof for the account, campaign and target; throws with a reason when it cannot. */
export async function saveProof(
  contents: WebContents,
  { accountId, campaignId, targetId }: { readonly accountId: string; readonly campaignId: string; readonly targetId?: string | undefined },
  reason: EvidenceContext['reason'],
  deps: ProofDeps,
): Promise<EvidenceRecord> {
  const state = deps.state.get();
  const account = state.accounts.find((item) => item.id === accountId);
  if (account === undefined) throw new Error('This account no longer exists.');
  if (contents.isDestroyed()) throw new Error('The page is closed.');
  const capture = await capturePage(contents);
  const group = account.groupId === null ? null : (state.groups.find((item) => item.id === account.groupId) ?? null);
  const written = writeEvidence(capture, { id: randomUUID(), account, group, campaignId, now: deps.clock.now(), reason });
  const record: EvidenceRecord = targetId === undefined ? written : { ...written, targetId };
  const applied = deps.state.dispatch({ kind: 'add-evidence', record });
  if (!applied.ok) throw new Error(applied.error);
  return record;
}
