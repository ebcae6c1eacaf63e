/**
 * A proof file the person adds in the browser backend for a setting or an extra page (a screenshot
 * of the switched-off setting, a PDF): checked (size, real kind by its first bytes), hashed, kept in
 * the IndexedDB file store beside the e-mail proof, and recorded as proof of origin `file`. A kept
 * file opens through the proof methods (`openEvidence`). Nothing is sent anywhere.
 */
import type { AppState, Catalog, Clock, EvidenceRecord } from '@shared/domain/types';
import type { AddFileOutcome, TargetRef } from '@shared/ipc/contract';
import type { SystemCommand } from '@shared/domain/commands';
import { extraTargetsFor } from '@shared/catalog/lookups';
import { ADDED_FILE_TYPES, addedFileKind, fileRecord, MAX_PROOF_FILE_BYTES, safeFileName } from '@shared/guide/added-file';
import { pickFile, sha256Hex, type FileStore } from './browser-files';

/** What adding a file needs from the backend. */
export interface EvidenceFileDeps {
  readonly files: () => Promise<FileStore>;
  readonly clock: Clock;
  readonly catalog: Catalog;
  readonly state: () => AppState;
  /** Applies a system command on the latest saved state (saved and published); false when it was refused or not saved. */
  readonly apply: (command: SystemCommand) => Promise<boolean>;
}

/** The browser's "Add a screenshot or PDF…". */
export function browserEvidenceFile(deps: EvidenceFileDeps) {
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
      const { bytes } = file;
      if (bytes.byteLength > MAX_PROOF_FILE_BYTES) return { kind: 'refused', reason: 'too-large' };
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
      let store: FileStore;
      try {
        store = await deps.files();
        await store.put(record.id, name, bytes);
      } catch {
        return { kind: 'refused', reason: 'not-saved' };
      }
      if (!(await deps.apply({ kind: 'add-evidence', record }))) {
        await store.remove(record.id).catch(() => undefined);
        return { kind: 'refused', reason: 'not-saved' };
      }
      return { kind: 'added', record };
    },
  };
}
