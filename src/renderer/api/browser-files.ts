/** Files in the browser: download a text as a file, and let the person pick a file to read. */

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the browser's file picker; resolves to the chosen file's text, or null when cancelled. */
export function pickTextFile(accept: string): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    document.body.append(input);
    const finish = (value: string | null): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) finish(null);
      else file.text().then(finish, () => finish(null));
    });
    input.click();
  });
}

/** One file the person picked, by name and text. */
export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** Opens the file picker for several files; resolves to their names and texts, or null when cancelled. */
export function pickTextFiles(accept: string): Promise<readonly PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = true;
    input.hidden = true;
    document.body.append(input);
    const finish = (value: readonly PickedFile[] | null): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      if (files.length === 0) finish(null);
      else Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))).then(finish, () => finish(null));
    });
    input.click();
  });
}

/** Opens the browser's file picker; resolves to the chosen file's name and bytes, or null when cancelled. */
export function pickFile(accept: string): Promise<{ readonly name: string; readonly bytes: Uint8Array } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    document.body.append(input);
    const finish = (value: { readonly name: string; readonly bytes: Uint8Array } | null): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) finish(null);
      else
        file.arrayBuffer().then(
          (buffer) => finish({ name: file.name, bytes: new Uint8Array(buffer) }),
          () => finish(null),
        );
    });
    input.click();
  });
}

/** Offers `bytes` as a download named `name`. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The browser backend's file store, in IndexedDB (localStorage holds text only, and too little):
 * the proof files the person kept, and any other file the app keeps beside the state (saved
 * complaints; setting screenshots). Files are grouped under an owner id (a proof record's id) and
 * named inside it. Shared by every feature that keeps files in the browser.
 */
export interface FileStore {
  put(owner: string, name: string, bytes: Uint8Array): Promise<void>;
  get(owner: string, name: string): Promise<Uint8Array | null>;
  /** Every file of `owner`, by name. */
  list(owner: string): Promise<ReadonlyMap<string, Uint8Array>>;
  /** Removes every file of `owner`. */
  remove(owner: string): Promise<void>;
}

const DB_NAME = 'objector-files';
const STORE = 'files';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('The browser refused to store the file.')));
  });

const finished = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.addEventListener('complete', () => resolve());
    transaction.addEventListener('abort', () => reject(transaction.error ?? new Error('The browser refused to store the file.')));
    transaction.addEventListener('error', () => reject(transaction.error ?? new Error('The browser refused to store the file.')));
  });

/** Opens (creating on first use) the file store of this browser profile. */
export async function openFileStore(indexedDb: IDBFactory = indexedDB): Promise<FileStore> {
  const request = indexedDb.open(DB_NAME, 1);
  request.addEventListener('upgradeneeded', () => request.result.createObjectStore(STORE));
  const db = await done(request);
  const range = (owner: string): IDBKeyRange => IDBKeyRange.bound(`${owner}/`, `${owner}/\uffff`);
  return {
    async put(owner, name, bytes) {
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put(new Uint8Array(bytes), `${owner}/${name}`);
      await finished(transaction);
    },
    async get(owner, name) {
      const value: unknown = await done(db.transaction(STORE).objectStore(STORE).get(`${owner}/${name}`));
      return value instanceof Uint8Array ? value : null;
    },
    async list(owner) {
      const store = db.transaction(STORE).objectStore(STORE);
      const [keys, values] = await Promise.all([done(store.getAllKeys(range(owner))), done(store.getAll(range(owner)))]);
      const files = new Map<string, Uint8Array>();
      keys.forEach((key, index) => {
        const value: unknown = values[index];
        if (typeof key === 'string' && value instanceof Uint8Array) files.set(key.slice(owner.length + 1), value);
      });
      return files;
    },
    async remove(owner) {
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).delete(range(owner));
      await finished(transaction);
    },
  };
}

/** The SHA-256 of `bytes`, in lowercase hex (Web Crypto; the page is served from 127.0.0.1, a secure context). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The file store's owner id of an account's saved complaints (removed with the account). */
export const complaintsOwner = (accountId: string): string => `complaints-${accountId}`;
