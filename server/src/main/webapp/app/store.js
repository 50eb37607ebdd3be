// What the tablet keeps: assigned audits and their templates (to work offline), drafts as they
// are typed, photos not yet uploaded, and the outbox of submissions. IndexedDB survives a
// reload, a closed tab and a restarted browser; writes use strict durability so an answer the
// app said it saved is on disk.
const NAME = 'serviceaudit';
const VERSION = 1;

let opened;

function open() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('audits', { keyPath: 'id' });
        db.createObjectStore('templates', { keyPath: 'key' });
        db.createObjectStore('drafts', { keyPath: 'auditId' });
        db.createObjectStore('photos', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'submissionId' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

async function run(storeName, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
    let result;
    const request = work(tx.objectStore(storeName));
    if (request) request.onsuccess = () => { result = request.result; };
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const store = {
  get: (name, key) => run(name, 'readonly', (s) => s.get(key)),
  all: (name) => run(name, 'readonly', (s) => s.getAll()),
  put: (name, value) => run(name, 'readwrite', (s) => s.put(value)),
  delete: (name, key) => run(name, 'readwrite', (s) => s.delete(key)),
  /** Replaces every record of a store with these, in one transaction. */
  replaceAll: (name, values) => run(name, 'readwrite', (s) => {
    s.clear();
    values.forEach((v) => s.put(v));
  }),
};
