/**
 * Proof in the browser backend: files kept in the IndexedDB file store (`browser-files.ts`) with
 * their SHA-256 (Web Crypto), complaints beside them, the proof pack built in the page and
 * downloaded, the calendar file downloaded. The same shared rules as the desktop app
 * (`createProofIntake`, `buildProofPack`, `calendarFile`). Loaded only when first used: it brings
 * the MIME library; the PDF, zip and calendar libraries come only with a proof pack or a calendar file.
 */
import type { Api, PackOutcome, SaveOutcome } from '@shared/ipc/contract';
import type { Command } from '@shared/domain/commands';
import type { AppState, Catalog, Clock, EvidenceRecord, Locale } from '@shared/domain/types';
import { loadMessages } from '@shared/i18n/load';
import { authorityById } from '@shared/proof/authorities';
import { FILE_RECORD_NAME, fileEvidenceDocument, fileEvidenceRecord } from '@shared/proof/file-evidence';
import { proofFileName } from '@shared/proof/proof-file';
import { createProofIntake, type KeptFile } from '@shared/proof/proof-intake';
import { folderOf } from '@shared/proof/pack-names';
import type { SavedComplaint } from '@shared/proof/proof-pack';
import fontUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import { complaintsOwner, downloadBytes, downloadText, openFileStore, pickFile, type FileStore } from './browser-files';

/** What the browser's proof needs from its backend. */
export interface BrowserProofDeps {
  readonly state: () => AppState;
  /** Applies a command through the shared reducer on the latest saved state and saves; false when refused or not saved. */
  readonly apply: (command: Command) => Promise<boolean>;
  readonly catalog: Catalog;
  readonly clock: Clock;
  readonly locale: () => Locale;
  readonly appVersion: string;
}

/** The proof methods of the browser backend. */
export type BrowserProof = Pick<
  Api,
  'addProofFile' | 'keepProofFile' | 'saveComplaint' | 'getComplaints' | 'exportProofPack' | 'exportCalendar' | 'openEvidence'
>;

const encoder = new TextEncoder();

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Creates the proof methods over the browser's file store. */
export function createBrowserProof(deps: BrowserProofDeps, files: Promise<FileStore> = openFileStore()): BrowserProof {
  const store = async (file: KeptFile): Promise<EvidenceRecord> => {
    const now = deps.clock.now();
    const state = deps.state();
    const base = {
      id: file.id,
      account: file.account,
      group: state.groups.find((item) => item.id === file.account.groupId) ?? null,
      campaignId: file.campaignId,
      origin: file.origin,
      originalName: file.originalName,
      now,
      offsetMinutes: -now.getTimezoneOffset(),
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      check: file.check,
    };
    const name = proofFileName(file.fileKind);
    const document = fileEvidenceDocument({
      ...base,
      file: { kind: file.fileKind, name, sha256: await sha256(file.bytes), bytes: file.bytes.byteLength },
    });
    const json = encoder.encode(`${JSON.stringify(document, null, 2)}\n`);
    const record = fileEvidenceRecord(document, {
      kind: 'json',
      name: FILE_RECORD_NAME,
      sha256: await sha256(json),
      bytes: json.byteLength,
    });
    const fileStore = await files;
    await fileStore.put(record.id, name, file.bytes);
    await fileStore.put(record.id, FILE_RECORD_NAME, json);
    if (!(await deps.apply({ kind: 'add-evidence', record, confirmsByEmail: file.confirm }))) {
      await fileStore.remove(record.id);
      throw new Error('Your browser refused to save (its storage may be full or blocked). Nothing was changed.');
    }
    return record;
  };
  const intake = createProofIntake({
    state: deps.state,
    catalog: deps.catalog,
    newId: () => crypto.randomUUID(),
    now: () => deps.clock.now(),
    store,
  });

  const complaintsOf = async (accountIds: readonly string[]): Promise<readonly SavedComplaint[]> => {
    const fileStore = await files;
    const found: SavedComplaint[] = [];
    for (const accountId of accountIds) {
      for (const bytes of (await fileStore.list(complaintsOwner(accountId))).values()) {
        try {
          const complaint = JSON.parse(new TextDecoder().decode(bytes)) as SavedComplaint;
          if (complaint.accountId === accountId && typeof complaint.text === 'string') found.push(complaint);
        } catch {
          // An unreadable entry is not offered.
        }
      }
    }
    return found;
  };

  return {
    async addProofFile({ accountId, campaignId, source }) {
      if (source.kind === 'bytes') return intake.add(accountId, campaignId, source.bytes, source.name);
      const picked = await pickFile('.eml,message/rfc822,.pdf,application/pdf,image/png,image/jpeg,image/webp,.txt');
      return picked === null ? { kind: 'cancelled' } : intake.add(accountId, campaignId, picked.bytes, picked.name);
    },
    keepProofFile: ({ pendingId }) => intake.keep(pendingId),
    async saveComplaint({ accountId, campaignId, authorityId, text }) {
      const account = deps.state().accounts.find((item) => item.id === accountId);
      if (!account?.campaignIds.includes(campaignId)) throw new Error('That account no longer exists.');
      if (authorityById(authorityId) === undefined) throw new Error('Unknown authority.');
      const complaint: SavedComplaint = { accountId, campaignId, authorityId, text, savedAt: deps.clock.now().toISOString() };
      await (await files).put(complaintsOwner(accountId), campaignId, encoder.encode(JSON.stringify(complaint)));
      return complaint;
    },
    getComplaints: () => complaintsOf(deps.state().accounts.map((account) => account.id)),
    async exportProofPack({ accountId }): Promise<PackOutcome> {
      const state = deps.state();
      const accounts = accountId === null ? state.accounts : state.accounts.filter((account) => account.id === accountId);
      if (accounts.length === 0) throw new Error('That account no longer exists.');
      const fileStore = await files;
      const kept = new Map<string, ReadonlyMap<string, Uint8Array>>();
      for (const record of state.evidence)
        if (accounts.some((account) => account.id === record.accountId)) kept.set(record.id, await fileStore.list(record.id));
      const locale = deps.locale();
      const now = deps.clock.now();
      const [t, font] = await Promise.all([
        loadMessages(locale),
        fetch(fontUrl).then(async (response) => new Uint8Array(await response.arrayBuffer())),
      ]);
      const { buildProofPack } = await import('@shared/proof/proof-pack');
      const { zip, missing } = await buildProofPack({
        state,
        catalog: deps.catalog,
        accountIds: accounts.map((account) => account.id),
        now,
        t,
        locale,
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        appVersion: deps.appVersion,
        font,
        fileOf: (record, file) => kept.get(record.id)?.get(file.name) ?? null,
        complaints: await complaintsOf(accounts.map((account) => account.id)),
        sha256,
      });
      const label = accounts.length === 1 && accounts[0] !== undefined ? folderOf(0, accounts[0].label).slice(3) || 'account' : 'all';
      const name = `objector-proof-${label}-${now.toISOString().slice(0, 10)}.zip`;
      downloadBytes(name, zip, 'application/zip');
      return { kind: 'packed', path: name, missing };
    },
    async exportCalendar(): Promise<SaveOutcome | { readonly kind: 'empty' }> {
      const { calendarFile, datesAhead } = await import('@shared/proof/calendar');
      const now = deps.clock.now();
      if (datesAhead(deps.state(), deps.catalog, now, deps.locale()).length === 0) return { kind: 'empty' };
      const name = 'objector-dates.ics';
      downloadText(name, calendarFile(deps.state(), deps.catalog, now, deps.locale()), 'text/calendar');
      return { kind: 'saved', path: name };
    },
    async openEvidence({ evidenceId, file }) {
      const record = deps.state().evidence.find((item) => item.id === evidenceId);
      const listed = record?.files.find((item) => item.name === file);
      const bytes = listed === undefined ? null : await (await files).get(evidenceId, file);
      if (bytes === null) throw new Error('This proof file is not in this browser.');
      downloadBytes(file, bytes, 'application/octet-stream');
    },
  };
}
