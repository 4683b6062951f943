/**
 * Where a dataset the user loaded in the browser is kept: IndexedDB (database `canbang`, store
 * `user-datasets`), as the files picked ({path, bytes}), under a key that the tab's sessionStorage names
 * (see src/components/current-dataset.js), so it is used for the rest of the browser session and by every
 * page, and never leaves the machine. Runs in the page and in the engine worker (both have IndexedDB).
 */
import type { PickedFile } from '@canbang/io/browser';

/** One stored dataset: the picked files, re-read (and re-validated) by every page that opens. */
export interface StoredDataset {
  key: string;
  files: PickedFile[];
  /** When it was loaded (ms since epoch). */
  loadedAt: number;
}

const DATABASE = 'canbang';
const STORE = 'user-datasets';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Stores picked files under a new key and removes every other stored dataset (one at a time is kept).
 * @example
 * const key = await storeDataset([{ path: 'mine.xlsx', bytes }]);
 */
export async function storeDataset(files: PickedFile[]): Promise<string> {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  await run('readwrite', (store) => store.clear());
  await run('readwrite', (store) => store.put({ key, files, loadedAt: Date.now() } satisfies StoredDataset));
  return key;
}

/**
 * The stored dataset with this key, or undefined (deleted, or stored by another session and cleared since).
 * @example
 * const stored = await storedDataset(key);
 */
export async function storedDataset(key: string): Promise<StoredDataset | undefined> {
  return run<StoredDataset | undefined>('readonly', (store) => store.get(key));
}

/**
 * Forgets every stored dataset (the data page's reset).
 * @example
 * await clearStoredDatasets();
 */
export async function clearStoredDatasets(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}
