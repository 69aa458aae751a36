/** The extension's IndexedDB database (its own module: the popup's first paint opens it without Dexie). */
export const DB_NAME = 'fluenzr';
