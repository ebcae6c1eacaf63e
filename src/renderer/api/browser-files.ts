/**
 * Files in the browser: download a text as a file, let the person pick a file, and keep proof files
 * (screenshots, PDFs, e-mails) in IndexedDB, which holds binary data and far more than
 * localStorage. The browser backend's one file store: every proof file goes through it.
 */

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

/** Opens the browser's file picker; resolves to the chosen file, or null when cancelled. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    document.body.append(input);
    const finish = (value: File | null): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
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

/** Opens the browser's file picker; resolves to the chosen file's text, or null when cancelled or unreadable. */
export async function pickTextFile(accept: string): Promise<string | null> {
  const file = await pickFile(accept);
  if (file === null) return null;
  try {
    return await file.text();
  } catch {
    return null;
  }
}

/** The SHA-256 of `bytes`, in lowercase hex (Web Crypto; the page is served from 127.0.0.1, a secure context). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Proof files kept in the browser, by record id and file name. */
export interface FileStore {
  /** Keeps a file; rejects when the browser refuses (storage full or blocked), and then nothing is kept. */
  put(recordId: string, name: string, data: Blob): Promise<void>;
  /** The file, or null when it is not there (another browser, storage cleared). */
  get(recordId: string, name: string): Promise<Blob | null>;
  /** Forgets every file of these records. */
  remove(recordIds: readonly string[]): Promise<void>;
}

const STORE = 'files';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** The file store in the IndexedDB database `name` (opened on first use). */
export function indexedDbFileStore(name = 'objector-files'): FileStore {
  let opened: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    opened ??= new Promise((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    });
    return opened;
  };
  const key = (recordId: string, file: string): string => `${recordId}/${file}`;
  return {
    async put(recordId, file, data) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(data, key(recordId, file));
      await done(tx);
    },
    async get(recordId, file) {
      const tx = (await db()).transaction(STORE, 'readonly');
      const found: unknown = await request(tx.objectStore(STORE).get(key(recordId, file)));
      return found instanceof Blob ? found : null;
    },
    async remove(recordIds) {
      if (recordIds.length === 0) return;
      const tx = (await db()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const id of recordIds) store.delete(IDBKeyRange.bound(`${id}/`, `${id}/\uffff`));
      await done(tx);
    },
  };
}
