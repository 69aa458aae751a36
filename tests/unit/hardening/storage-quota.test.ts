import { describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { translator } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/ui/errors';
import { draft } from '../helpers/drafts';

/** Make every write to `store` fail as a full disk does, after the writes before it succeeded. */
function fillDiskOn(store: string) {
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('a full disk (QuotaExceededError)', () => {
  it('while capturing: nothing is half-written and the caller gets a clear message', async () => {
    // The contact row is written first, then its history entry hits the quota.
    fillDiskOn('history');
    const error = await failure(service.captureContact(draft()));
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().history.count()).toBe(0);
    expect(error.message).toBe('storage_full');
    const { key } = errorMessage(error);
    expect(key).toBe('error.storage_full');
    expect(translator('en')(key)).toMatch(/no storage space left.*nothing was saved.*try again/i);
    expect(translator('fr')(key)).toMatch(/plus d'espace de stockage.*rien n'a été enregistré.*réessayez/i);
  });

  it('on the fact bitmaps, the last write of a capture: the contact and its counters are not written either', async () => {
    fillDiskOn('facts');
    const error = await failure(service.captureContact(draft()));
    expect(error.message).toBe('storage_full');
    expect(await getDb().contacts.count()).toBe(0);
    expect(await getDb().counters.count()).toBe(0);
    expect(await getDb().facts.count()).toBe(0);
  });

  it('while editing: the contact keeps its previous values', async () => {
    const created = await service.captureContact(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    fillDiskOn('history');
    const error = await failure(service.updateContact({ id: created.contact.id, patch: { firstName: 'Janet', company: 'Other' } }));
    expect(error.message).toBe('storage_full');
    expect(await getDb().contacts.get(created.contact.id)).toEqual(created.contact);
    expect(await getDb().history.count()).toBe(1);
  });

  it('while saving settings: the previous settings stay', async () => {
    await service.saveSettings({ locale: 'fr' });
    fillDiskOn('kv');
    const error = await failure(service.saveSettings({ plan: 'pro' }));
    expect(error.message).toBe('storage_full');
    expect((await getDb().kv.get('settings'))?.value).toMatchObject({ locale: 'fr', plan: 'free' });
  });

  it('in a page writing in bulk: the raw browser error is recognised too', () => {
    expect(errorMessage(new DOMException('quota', 'QuotaExceededError')).key).toBe('error.storage_full');
    const dexieStyle = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(errorMessage(dexieStyle).key).toBe('error.storage_full');
  });
});
