/**
 * Proof files in the browser backend: a picture or PDF the person picks is checked (size, real kind
 * by its first bytes), hashed, kept in IndexedDB, and recorded as proof of origin `file`; a kept file
 * opens in a new tab. Nothing is sent anywhere.
 */
import type { AppState, Catalog, Clock, EvidenceRecord } from '@shared/domain/types';
import type { AddFileOutcome, TargetRef } from '@shared/ipc/contract';
import type { SystemCommand } from '@shared/domain/commands';
import { extraTargetsFor } from '@shared/catalog/lookups';
import { ADDED_FILE_TYPES, addedFileKind, fileRecord, MAX_PROOF_FILE_BYTES, safeFileName } from '@shared/guide/proof-file';
import { pickFile, sha256Hex, type FileStore } from './browser-files';

/** What proof files need from the backend. */
export interface ProofDeps {
  readonly files: FileStore;
  readonly clock: Clock;
  readonly catalog: Catalog;
  readonly state: () => AppState;
  /** Applies a system command on the latest saved state (saved and published); false when it was refused or not saved. */
  readonly apply: (command: SystemCommand) => Promise<boolean>;
}

const MEDIA: Readonly<Record<string, string>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', pdf: 'application/pdf' };

/** The browser's proof files. */
export function browserProof(deps: ProofDeps) {
  return {
    async add(ref: TargetRef): Promise<AddFileOutcome> {
      const account = deps.state().accounts.find((item) => item.id === ref.accountId);
      if (account?.campaignIds.includes(ref.campaignId) !== true) throw new Error('That account no longer exists.');
      const { targetId } = ref;
      if (
        targetId !== undefined &&
        !extraTargetsFor(deps.catalog, ref.campaignId, account.platform).some((target) => target.id === targetId)
      )
        throw new Error('Unknown target.');
      const file = await pickFile(ADDED_FILE_TYPES.accept);
      if (file === null) return { kind: 'cancelled' };
      if (file.size > MAX_PROOF_FILE_BYTES) return { kind: 'refused', reason: 'too-large' };
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return { kind: 'refused', reason: 'unreadable' };
      }
      const kind = addedFileKind(bytes);
      if (kind === null) return { kind: 'refused', reason: 'unsupported' };
      const now = deps.clock.now();
      const name = safeFileName(file.name, kind);
      const record: EvidenceRecord = fileRecord({
        id: crypto.randomUUID(),
        accountId: account.id,
        campaignId: ref.campaignId,
        ...(targetId === undefined ? {} : { targetId }),
        now,
        offsetMinutes: -now.getTimezoneOffset(),
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        file: { kind, name, sha256: await sha256Hex(bytes), bytes: bytes.byteLength },
      });
      try {
        await deps.files.put(record.id, name, new Blob([bytes], { type: MEDIA[kind] ?? 'application/octet-stream' }));
      } catch {
        return { kind: 'refused', reason: 'not-saved' };
      }
      if (!(await deps.apply({ kind: 'add-evidence', record }))) {
        await deps.files.remove([record.id]).catch(() => undefined);
        return { kind: 'refused', reason: 'not-saved' };
      }
      return { kind: 'added', record };
    },
    async open(evidenceId: string, name: string): Promise<void> {
      const record = deps.state().evidence.find((item) => item.id === evidenceId);
      if (record?.files.some((file) => file.name === name) !== true) throw new Error('Unknown proof.');
      const blob = await deps.files.get(evidenceId, name);
      if (blob === null) throw new Error('This file is not kept in this browser.');
      const url = URL.createObjectURL(blob);
      window.open(url, '_blank', 'noopener');
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
