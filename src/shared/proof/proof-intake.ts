/**
 * Taking in a proof file, the same in both backends: decide what it is (`assessProofFile`); a
 * checked confirmation e-mail is stored at once with `confirmed-by-email`; a file in doubt waits,
 * in memory only, until the person chooses to keep it as their own proof (or it is forgotten:
 * nothing changes); a refused file changes nothing. The backend provides `store`, which writes the
 * file with its SHA-256 and adds the record in one change.
 */
import { deriveStatus } from '../domain/status';
import type { Account, AppState, Catalog, EmailCheck, EvidenceRecord } from '../domain/types';
import type { ProofFileOutcome } from '../ipc/contract';
import { assessProofFile, emailCheckOf, type ProofFileKind } from './proof-file';

/** A file to store as proof. */
export interface KeptFile {
  readonly id: string;
  readonly account: Account;
  readonly campaignId: string;
  readonly origin: 'email' | 'file';
  readonly fileKind: ProofFileKind;
  readonly bytes: Uint8Array;
  readonly originalName: string;
  readonly check: EmailCheck | null;
  /** Record `confirmed-by-email` with it. */
  readonly confirm: boolean;
}

/** What the intake needs from its backend. */
export interface ProofIntakeDeps {
  readonly state: () => AppState;
  readonly catalog: Catalog;
  readonly newId: () => string;
  readonly now: () => Date;
  /** Writes the file and its record, and adds the record to the state (throws when it cannot: nothing is half-saved). */
  readonly store: (file: KeptFile) => Promise<EvidenceRecord>;
}

/** The intake of one backend. */
export interface ProofIntake {
  add(accountId: string, campaignId: string, bytes: Uint8Array, name: string): Promise<ProofFileOutcome>;
  keep(pendingId: string): Promise<ProofFileOutcome>;
}

/** How long a file in doubt waits for the person's choice. */
export const PENDING_MS = 15 * 60_000;

interface Pending {
  readonly id: string;
  readonly accountId: string;
  readonly campaignId: string;
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly fileKind: ProofFileKind;
  readonly check: EmailCheck | null;
  readonly since: number;
}

/** Creates the intake; one file at a time waits for a choice (a new file replaces it). */
export function createProofIntake(deps: ProofIntakeDeps): ProofIntake {
  let pending: Pending | null = null;

  const accountIn = (accountId: string, campaignId: string): Account => {
    const account = deps.state().accounts.find((item) => item.id === accountId);
    if (account === undefined) throw new Error('That account no longer exists.');
    if (!account.campaignIds.includes(campaignId)) throw new Error('This account does not take part in that campaign.');
    return account;
  };
  const needsConfirmation = (accountId: string, campaignId: string): boolean => {
    const status = deriveStatus(deps.state(), accountId, campaignId, deps.catalog);
    return status.kind !== 'confirmed' || status.confidence !== 'by-email';
  };
  const recorded = async (file: Omit<KeptFile, 'id' | 'confirm'>): Promise<ProofFileOutcome> => {
    const confirm = needsConfirmation(file.account.id, file.campaignId);
    const record = await deps.store({ ...file, id: deps.newId(), confirm });
    return { kind: 'recorded', record, confirmed: confirm };
  };

  return {
    async add(accountId, campaignId, bytes, name) {
      const account = accountIn(accountId, campaignId);
      pending = null;
      const assessment = assessProofFile(bytes, account, campaignId, deps.catalog);
      if (assessment.kind === 'refused') return { kind: 'refused', refusal: assessment.refusal };
      const check = assessment.email === null ? null : emailCheckOf(assessment.email);
      if (assessment.kind === 'checked')
        return recorded({ account, campaignId, origin: 'email', fileKind: 'eml', bytes, originalName: name, check });
      const id = deps.newId();
      pending = { id, accountId, campaignId, bytes, name, fileKind: assessment.fileKind, check, since: deps.now().getTime() };
      return { kind: 'doubt', pendingId: id, doubt: assessment.doubt, fileKind: assessment.fileKind, from: assessment.email?.from ?? null };
    },
    async keep(pendingId) {
      const waiting = pending;
      if (waiting?.id !== pendingId || deps.now().getTime() - waiting.since > PENDING_MS)
        throw new Error('That file is no longer waiting: drop or choose it again.');
      pending = null;
      const account = accountIn(waiting.accountId, waiting.campaignId);
      return recorded({
        account,
        campaignId: waiting.campaignId,
        origin: 'file',
        fileKind: waiting.fileKind,
        bytes: waiting.bytes,
        originalName: waiting.name,
        check: waiting.check,
      });
    },
  };
}
