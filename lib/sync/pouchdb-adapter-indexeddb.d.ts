// PouchDB's `indexeddb` adapter ships no types (DefinitelyTyped has none): it is a plugin like the others.
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
