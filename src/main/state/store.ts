/**
 * The state on disk: one JSON file in the app's data folder, written atomically through
 * electron-store (which sits on `conf`: a temporary file, fsync, then a rename), and read by us.
 *
 * Why we read it ourselves: electron-store reads a file it cannot parse as an error, or with
 * `clearInvalidConfig` as an empty store, and either way the person's progress is at risk. Here
 * electron-store is only the writer: its `deserialize` never looks at the file, so nothing it does
 * can clear it. At start-up a bad file (empty, truncated, binary, not JSON, wrong shape, newer
 * schema) is copied aside as `objector-state.corrupt-<stamp>.json`, the app continues from the
 * last good backup (`objector-state.json.bak`, refreshed on every successful load) or from
 * defaults, and `load()` says where the copy is. Nothing is ever deleted.
 */
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import type { AppState, Clock } from '@shared/domain/types';
import { defaultState } from '@shared/domain/defaults';
import { CURRENT_SCHEMA_VERSION, toStoredDocument } from '@shared/domain/state-schema';
import type { StoreNotice } from '@shared/ipc/contract';
import type { StateStorage } from './state-service';
import { copyAside, readStateFile, refreshBackup } from './store-files';

/** Where and how to keep the state. */
export interface FileStorageOptions {
  /** The folder: the app's `app.getPath('userData')`. */
  readonly dir: string;
  readonly clock: Clock;
  /** The file name without extension. */
  readonly name?: string;
}

/** A storage on disk, with the paths it uses (shown to the person, used by tests). */
export interface FileStorage extends StateStorage {
  readonly path: string;
  readonly backupPath: string;
}

type Loaded = ReturnType<StateStorage['load']>;

/** Builds the file storage; nothing is read until `load()`. */
export function createFileStorage(options: FileStorageOptions): FileStorage {
  const name = options.name ?? 'objector-state';
  const path = join(options.dir, `${name}.json`);
  const backupPath = `${path}.bak`;
  let store: ElectronStore | null = null;

  const writer = (): ElectronStore => {
    store ??= new ElectronStore({
      cwd: options.dir,
      name,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
      // Reads are ours (see above); conf only reads before a write, to keep bookkeeping we do not use.
      deserialize: () => ({}),
      // Compact: the file is for the app (the export is the readable copy), and parses faster.
      serialize: (value) => JSON.stringify(value),
    });
    return store;
  };
  const write = (state: AppState): void => {
    writer().store = { ...toStoredDocument(state) };
  };

  const recover = (copiedTo: string, at: Date): Loaded => {
    const backup = readStateFile(backupPath);
    if (backup.kind === 'good') {
      write(backup.state);
      return { state: backup.state, notice: notice('recovered-from-backup', copiedTo, at) };
    }
    if (backup.kind === 'bad') copyAside(backupPath, at);
    const state = defaultState();
    write(state);
    return { state, notice: notice('started-fresh', copiedTo, at) };
  };

  return {
    path,
    backupPath,
    load() {
      const main = readStateFile(path);
      if (main.kind === 'good') {
        refreshBackup(path, backupPath);
        if (main.from < CURRENT_SCHEMA_VERSION) write(main.state);
        return { state: main.state, notice: null };
      }
      if (main.kind === 'missing') {
        const backup = readStateFile(backupPath);
        if (backup.kind === 'good') write(backup.state);
        if (backup.kind === 'bad') copyAside(backupPath, options.clock.now());
        return { state: backup.kind === 'good' ? backup.state : defaultState(), notice: null };
      }
      const at = options.clock.now();
      return recover(copyAside(path, at), at);
    },
    save: write,
  };
}

function notice(kind: StoreNotice['kind'], copiedTo: string, at: Date): StoreNotice {
  return { kind, copiedTo, at: at.toISOString() };
}
