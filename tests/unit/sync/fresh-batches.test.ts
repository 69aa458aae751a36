// @vitest-environment node
import PouchDB from 'pouchdb-browser';
import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it, vi } from 'vitest';
import { keepFreshBatches, takeFreshBatch } from '../../../lib/sync/fresh-batches';
import type { LocalPouch } from '../../../lib/sync/pouch';

vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));
PouchDB.plugin(memoryAdapter);

const replicated = (id: string, rev = '1-a') => ({ _id: id, _rev: rev, _revisions: { start: Number(rev[0]), ids: [rev.slice(2)] }, type: 'contact', body: { email: `${id}@example.com` }, ck: [], by: 'alice', w: 'r' });

describe("the replicator's batches kept for the apply", () => {
  it('keeps a batch of documents all new here, with the sequence range they fill', async () => {
    const pouch = new PouchDB(`fresh-${Math.random()}`, { adapter: 'memory' }) as unknown as LocalPouch;
    keepFreshBatches(pouch);
    await pouch.bulkDocs({ docs: [replicated('a'), replicated('b')], new_edits: false } as never);
    const batch = await takeFreshBatch(pouch, 0);
    expect(batch).toMatchObject({ since: 0, after: 2 });
    expect(batch!.docs.map((d) => d._id)).toEqual(['a', 'b']);
    expect(await takeFreshBatch(pouch, 2)).toBeUndefined();
    await pouch.destroy();
  });

  it('keeps nothing when a document was here already or comes twice, and lets every other write pass untouched', async () => {
    const pouch = new PouchDB(`fresh-${Math.random()}`, { adapter: 'memory' }) as unknown as LocalPouch;
    keepFreshBatches(pouch);
    keepFreshBatches(pouch);
    await pouch.bulkDocs({ docs: [replicated('a')], new_edits: false } as never);
    expect(await takeFreshBatch(pouch, 0)).toBeDefined();
    // A new revision of a document this database has: it may conflict, the feed decides.
    await pouch.bulkDocs({ docs: [replicated('a', '1-b'), replicated('c')], new_edits: false } as never);
    expect(await takeFreshBatch(pouch, 1)).toBeUndefined();
    await pouch.bulkDocs({ docs: [replicated('d', '1-a'), replicated('d', '1-b')], new_edits: false } as never);
    expect(await takeFreshBatch(pouch, 3)).toBeUndefined();
    // PouchDB's own writes (put, callbacks, this machine's mirror) go through as before.
    const put = await pouch.put({ _id: 'e', type: 'contact', body: {}, clock: {}, by: 'alice', w: 'r' } as never);
    expect(put.ok).toBe(true);
    const viaCallback = await new Promise((resolve, reject) => pouch.bulkDocs([{ _id: 'f' } as never], {}, (err, res) => (err ? reject(err) : resolve(res))));
    expect(viaCallback).toHaveLength(1);
    await pouch.put({ _id: '_local/checkpoint', at: 1 } as never);
    expect((await pouch.info()).doc_count).toBe(5); // a, c, d (two leaves), e, f
    await pouch.destroy();
  });
});

describe('live sync: the replicator waits for the apply', () => {
  it('holds the next write while 8 batches wait, and writes it once the apply takes one', async () => {
    const pouch = new PouchDB(`fresh-${Math.random()}`, { adapter: 'memory' }) as unknown as LocalPouch;
    keepFreshBatches(pouch, { waitForApply: true });
    for (let i = 0; i < 8; i++) await pouch.bulkDocs({ docs: [replicated(`doc-${i}`)], new_edits: false } as never);
    let written = false;
    const ninth = pouch.bulkDocs({ docs: [replicated('doc-8')], new_edits: false } as never).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBe(false);
    // This machine's own writes never wait.
    expect((await pouch.put({ _id: 'mine', type: 'contact', body: {}, clock: {}, by: 'alice', w: 'r' } as never)).ok).toBe(true);
    expect((await takeFreshBatch(pouch, 0))?.docs[0]?._id).toBe('doc-0');
    await ninth;
    expect(written).toBe(true);
    await pouch.destroy();
  });
});
