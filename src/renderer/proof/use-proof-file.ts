/**
 * Giving the app a proof file for one account: dropped (its bytes go to the backend, size-capped)
 * or picked (the desktop app opens its own file dialog). Keeps the outcome for `ProofFileNotice`:
 * checked and kept, in doubt (keep it as your own proof, or not: then nothing changes), refused.
 */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import type { ProofFileOutcome, ProofFileSource } from '@shared/ipc/contract';
import { MAX_PROOF_FILE_BYTES } from '@shared/proof/limits';
import { useApp } from '../app/app-context';
import { useDispatch } from '../checklist/use-dispatch';

/** What `useProofFile` returns. */
export interface ProofFile {
  readonly busy: boolean;
  readonly outcome: ProofFileOutcome | null;
  readonly error: string | null;
  readonly pick: () => void;
  readonly drop: (file: File) => void;
  readonly keep: () => void;
  readonly discard: () => void;
}

/** The proof-file flow of `account` on `campaignId`. */
export function useProofFile(account: Account, campaignId: string): ProofFile {
  const { api } = useApp();
  const { run, error } = useDispatch();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ProofFileOutcome | null>(null);
  const send = async (source: () => Promise<ProofFileSource>): Promise<void> => {
    setBusy(true);
    const result = await run(async () => api.addProofFile({ accountId: account.id, campaignId, source: await source() }));
    setBusy(false);
    setOutcome(result === undefined || result.kind === 'cancelled' ? null : result);
  };
  return {
    busy,
    outcome,
    error,
    pick: () => void send(() => Promise.resolve({ kind: 'dialog' })),
    drop: (file) => {
      // Too large to send at all: say so here; nothing is read.
      if (file.size > MAX_PROOF_FILE_BYTES) setOutcome({ kind: 'refused', refusal: 'too-large-to-keep' });
      else void send(async () => ({ kind: 'bytes', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
    },
    keep: () => {
      if (outcome?.kind !== 'doubt') return;
      const pendingId = outcome.pendingId;
      setBusy(true);
      void run(() => api.keepProofFile({ pendingId })).then((result) => {
        setBusy(false);
        setOutcome(result ?? null);
      });
    },
    discard: () => setOutcome(null),
  };
}

/** True when a drag carries files (not text or a link). */
export const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
