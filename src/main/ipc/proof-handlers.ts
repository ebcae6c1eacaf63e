/**
 * IPC of proof and follow-up: a proof file dropped on a card (its bytes, size-capped by the
 * contract) or picked in main's own file dialog (main opens the file itself: no path ever comes
 * from a renderer), keeping a file in doubt, complaints saved with the proof, the proof pack and
 * the calendar file, both saved where the person chooses. The MIME, PDF, zip and calendar libraries
 * are loaded on first use, not at start-up. What happened goes to the local log by ids, kinds and
 * counts only: never a sender's address, a label or the words of a complaint.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { Catalog, Clock } from '@shared/domain/types';
import type { PackOutcome, ProofFileOutcome, ProofFileSource, SaveOutcome } from '@shared/ipc/contract';
import { authorityById } from '@shared/proof/authorities';
import { MAX_PROOF_FILE_BYTES } from '@shared/proof/limits';
import type { ProofIntake } from '@shared/proof/proof-intake';
import { folderOf } from '@shared/proof/pack-names';
import type { SavedComplaint } from '@shared/proof/proof-pack';
import type { Language } from '../language';
import type { StateService } from '../state/state-service';
import { writeFileAtomic } from '../evidence/files';
import { errorFields, log, type LogFields } from '../log/log';
import { forgetComplaints, readComplaints, saveComplaint } from '../proof/complaint-store';
import { handle } from './handle';

/** What the proof handlers need. */
export interface ProofIpcDeps {
  readonly state: Pick<StateService, 'get' | 'dispatch' | 'onChange'>;
  readonly catalog: Catalog;
  readonly clock: Clock;
  readonly language: () => Language;
  /** `app.getPath('userData')`. */
  readonly dataDir: string;
  /** The font the pack embeds; default: the app's assets. */
  readonly fontPath?: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Reads a file the person picked in main's dialog; too large a file is refused without reading it. */
function readPicked(path: string): { readonly bytes: Uint8Array } | { readonly refused: ProofFileOutcome } {
  const stat = statSync(path);
  if (!stat.isFile()) return { refused: { kind: 'refused', refusal: 'unsupported' } };
  if (stat.size > MAX_PROOF_FILE_BYTES) return { refused: { kind: 'refused', refusal: 'too-large-to-keep' } };
  return { bytes: new Uint8Array(readFileSync(path)) };
}

/** The log line of what became of a proof file (its kind and outcome, nothing from the file). */
function logged(outcome: ProofFileOutcome): ProofFileOutcome {
  const fields: LogFields =
    outcome.kind === 'recorded'
      ? { outcome: outcome.kind, origin: outcome.record.origin, confirmed: outcome.confirmed }
      : outcome.kind === 'doubt'
        ? { outcome: outcome.kind, doubt: outcome.doubt, fileKind: outcome.fileKind }
        : outcome.kind === 'refused'
          ? { outcome: outcome.kind, refusal: outcome.refusal }
          : { outcome: outcome.kind };
  log.info('proof.file', fields);
  return outcome;
}

/** Runs `work`; a failure is logged under `event` and thrown on to the window, which says so. */
async function logFailure<T>(event: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    log.warn(event, errorFields(error));
    throw error;
  }
}

/** Registers the proof channels. */
export function setupProofIpc(deps: ProofIpcDeps): void {
  let intakeLoaded: Promise<ProofIntake> | undefined;
  const intake = (): Promise<ProofIntake> =>
    (intakeLoaded ??= Promise.all([import('@shared/proof/proof-intake'), import('../proof/store-proof-file')]).then(
      ([{ createProofIntake }, { storeProofFile }]) =>
        createProofIntake({
          state: () => deps.state.get(),
          catalog: deps.catalog,
          newId: randomUUID,
          now: () => deps.clock.now(),
          store: (file) => Promise.resolve(storeProofFile(file, { state: deps.state, clock: deps.clock })),
        }),
    ));
  const texts = (): Language['messages']['proof'] => deps.language().messages.proof;

  const addFile = async (accountId: string, campaignId: string, source: ProofFileSource): Promise<ProofFileOutcome> => {
    if (source.kind === 'bytes') return logged(await (await intake()).add(accountId, campaignId, source.bytes, source.name));
    const picked = await dialog.showOpenDialog({
      title: texts().dropHeading,
      properties: ['openFile'],
      filters: [{ name: texts().dropHeading, extensions: ['eml', 'pdf', 'png', 'jpg', 'jpeg', 'webp', 'txt'] }],
    });
    const path = picked.filePaths[0];
    if (picked.canceled || path === undefined) return { kind: 'cancelled' };
    const read = readPicked(path);
    return logged(
      'refused' in read ? read.refused : await (await intake()).add(accountId, campaignId, read.bytes, path.split(/[\\/]/).at(-1) ?? ''),
    );
  };

  handle('proof:add-file', ({ accountId, campaignId, source }) =>
    logFailure('proof.file-failed', () => addFile(accountId, campaignId, source)),
  );

  handle('proof:keep-file', ({ pendingId }) => logFailure('proof.keep-failed', async () => logged(await (await intake()).keep(pendingId))));

  handle('proof:save-complaint', ({ accountId, campaignId, authorityId, text }) => {
    const account = deps.state.get().accounts.find((item) => item.id === accountId);
    if (!account?.campaignIds.includes(campaignId)) throw new Error('That account no longer exists.');
    if (authorityById(authorityId) === undefined) throw new Error('Unknown authority.');
    const complaint: SavedComplaint = { accountId, campaignId, authorityId, text, savedAt: deps.clock.now().toISOString() };
    try {
      saveComplaint(deps.dataDir, complaint);
    } catch (error) {
      log.warn('proof.complaint-not-saved', { authorityId, ...errorFields(error) });
      throw error;
    }
    log.info('proof.complaint-saved', { authorityId, chars: text.length });
    return complaint;
  });

  handle('proof:complaints', () =>
    readComplaints(
      deps.dataDir,
      deps.state.get().accounts.map((account) => account.id),
    ),
  );

  handle('proof:export-pack', async ({ accountId }): Promise<PackOutcome> => {
    const state = deps.state.get();
    const accounts = accountId === null ? state.accounts : state.accounts.filter((account) => account.id === accountId);
    if (accounts.length === 0) throw new Error('That account no longer exists.');
    const now = deps.clock.now();
    const name = accounts.length === 1 && accounts[0] !== undefined ? folderOf(0, accounts[0].label).slice(3) || 'account' : 'all';
    const chosen = await dialog.showSaveDialog({
      title: texts().packButton,
      defaultPath: join(app.getPath('documents'), `objector-proof-${name}-${now.toISOString().slice(0, 10)}.zip`),
      filters: [{ name: 'ZIP', extensions: ['zip'] }],
    });
    if (chosen.canceled || chosen.filePath === '') return { kind: 'cancelled' };
    try {
      const language = deps.language();
      const { writeProofPack } = await import('../proof/proof-pack-file');
      const missing = await writeProofPack(
        {
          state,
          catalog: deps.catalog,
          accountIds: accounts.map((account) => account.id),
          now,
          messages: language.messages,
          locale: language.locale,
          appVersion: app.getVersion(),
          dataDir: deps.dataDir,
          ...(deps.fontPath === undefined ? {} : { fontPath: deps.fontPath }),
        },
        chosen.filePath,
      );
      log.info('proof.pack-saved', { accounts: accounts.length, missing });
      return { kind: 'packed', path: chosen.filePath, missing };
    } catch (error) {
      log.warn('proof.pack-failed', errorFields(error));
      return { kind: 'failed', message: message(error) };
    }
  });

  handle('calendar:export', async (): Promise<SaveOutcome | { readonly kind: 'empty' }> => {
    const now = deps.clock.now();
    const { locale } = deps.language();
    const { calendarFile, datesAhead } = await import('@shared/proof/calendar');
    if (datesAhead(deps.state.get(), deps.catalog, now, locale).length === 0) return { kind: 'empty' };
    const chosen = await dialog.showSaveDialog({
      title: texts().calendarButton,
      defaultPath: join(app.getPath('documents'), 'objector-dates.ics'),
      filters: [{ name: 'iCalendar', extensions: ['ics'] }],
    });
    if (chosen.canceled || chosen.filePath === '') return { kind: 'cancelled' };
    try {
      writeFileAtomic(chosen.filePath, calendarFile(deps.state.get(), deps.catalog, now, locale));
      log.info('calendar.saved', {});
      return { kind: 'saved', path: chosen.filePath };
    } catch (error) {
      log.warn('calendar.failed', errorFields(error));
      return { kind: 'failed', message: message(error) };
    }
  });

  // A removed account's complaints go with it (its proof folder is the evidence code's).
  let known = new Set(deps.state.get().accounts.map((account) => account.id));
  deps.state.onChange((next) => {
    const now = new Set(next.accounts.map((account) => account.id));
    for (const id of known) {
      if (now.has(id)) continue;
      try {
        forgetComplaints(deps.dataDir, id);
      } catch (error) {
        log.warn('proof.complaints-not-removed', { accountId: id, ...errorFields(error) });
      }
    }
    known = now;
  });
}
