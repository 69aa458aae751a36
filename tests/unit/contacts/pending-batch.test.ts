import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { registerMessageHandlers } from '../../../lib/background/router';
import { clearTabList, listKey, selectionKey } from '../../../lib/background/list-state';
import { completePending } from '../../../lib/contacts/pending';
import { knownPeople, savePendingBatch } from '../../../lib/contacts/pending-batch';
import type { ListedPerson } from '../../../lib/capture/linkedin-list';
import { getDb } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/protocol';
import * as service from '../../../lib/service';
import { CONTENT_SCRIPT, sendAs, sendFromContentScript } from '../helpers/runtime';

const person = (slug: string, extra: Partial<ListedPerson> = {}): ListedPerson => ({
  fullName: `Person ${slug}`,
  firstName: 'Person',
  lastName: slug,
  title: 'Head of Sales',
  company: 'Datawise',
  linkedinUrl: `https://www.linkedin.com/in/${slug}`,
  ...extra,
});
const SOURCE = 'https://www.linkedin.com/search/results/people/?keywords=sales';

describe('savePendingBatch', () => {
  it('adds new people to To complete with the tag and group, skips contacts, refreshes people already waiting', async () => {
    const group = await service.createGroup({ name: 'Salon 2026', color: '#4f46e5' });
    await service.createContact({ email: 'known@datawise.fr', linkedinUrl: 'https://www.linkedin.com/in/known', source: { method: 'manual', where: 'manual', at: 1 } });
    await savePendingBatch({ people: [person('waiting')], sourceUrl: SOURCE, tag: 'earlier' });
    const before = await getDb().pending.get('https://www.linkedin.com/in/waiting');

    const result = await service.savePendingBatch({
      people: [person('a'), person('known'), person('waiting', { title: 'VP Sales' }), person('a')],
      sourceUrl: SOURCE,
      tag: 'salon',
      groupId: group.id,
    });
    expect(result).toEqual({ added: 1, updated: 1, known: 1 });
    const rows = await getDb().pending.orderBy('linkedinUrl').toArray();
    expect(rows.map((r) => r.linkedinUrl)).toEqual(['https://www.linkedin.com/in/a', 'https://www.linkedin.com/in/waiting']);
    expect(rows[0]).toMatchObject({ tags: ['salon'], groupIds: [group.id], method: 'linkedin', profile: { fullName: 'Person a', company: 'Datawise' } });
    expect(rows[1]).toMatchObject({ tags: ['earlier', 'salon'], createdAt: before!.createdAt, profile: { title: 'VP Sales' } });
    const known = await knownPeople(['https://www.linkedin.com/in/known', 'https://www.linkedin.com/in/a', 'https://www.linkedin.com/in/new']);
    expect(Object.fromEntries(known)).toEqual({ 'https://www.linkedin.com/in/known': 'contact', 'https://www.linkedin.com/in/a': 'pending' });
  });

  it('saves nothing when the group does not exist (one transaction)', async () => {
    await expect(savePendingBatch({ people: [person('a'), person('b')], sourceUrl: SOURCE, groupId: 999 })).rejects.toThrow('not_found');
    expect(await getDb().pending.count()).toBe(0);
  });

  it('a waiting person becomes a contact with the tag and group chosen for the list', async () => {
    const group = await service.createGroup({ name: 'Salon', color: '#4f46e5' });
    await savePendingBatch({ people: [person('a')], sourceUrl: SOURCE, tag: 'salon', groupId: group.id });
    const result = await completePending('https://www.linkedin.com/in/a', 'person.a@datawise.fr');
    expect(result).toMatchObject({ outcome: 'created', contact: { tags: ['salon'], groupIds: [group.id], company: 'Datawise' } });
  });

  it('keeps Sales Navigator leads by their lead URL', async () => {
    const lead = { fullName: 'Sophie Bernard', leadUrl: 'https://www.linkedin.com/sales/lead/ACwAAAB1xYz' };
    await savePendingBatch({ people: [lead], sourceUrl: 'https://www.linkedin.com/sales/search/people?query=x' });
    expect(await getDb().pending.get(lead.leadUrl)).toMatchObject({ method: 'salesnav', profile: { fullName: 'Sophie Bernard' } });
  });
});

describe('list messages', () => {
  it('a content script reports its list into storage.session but cannot save a batch', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    await sendMessage('reportList', { url: SOURCE, people: [person('a')] });
    const stored = await browser.storage.session.get(listKey(7));
    expect(stored[listKey(7)]).toMatchObject({ url: SOURCE, people: [{ linkedinUrl: 'https://www.linkedin.com/in/a' }] });
    expect(await sendFromContentScript('savePendingBatch', { people: [person('a')], sourceUrl: SOURCE })).toBeUndefined();
    expect(await getDb().pending.count()).toBe(0);
    await browser.storage.session.set({ [selectionKey(7)]: { entries: [] } });
    await clearTabList(7);
    expect(await browser.storage.session.get([listKey(7), selectionKey(7)])).toEqual({});
  });

  it('refuses a list carrying anything beyond names and roles (a status, tags) or a foreign URL', async () => {
    registerMessageHandlers();
    sendAs(CONTENT_SCRIPT);
    await expect(sendMessage('reportList', { url: SOURCE, people: [{ ...person('a'), tags: ['x'] } as ListedPerson] })).rejects.toThrow('invalid_message');
    await expect(sendMessage('reportList', { url: SOURCE, people: [person('a', { linkedinUrl: 'https://evil.example/in/a' })] })).rejects.toThrow('invalid_message');
    const tooMany = Array.from({ length: 1001 }, (_, i) => person(`p${i}`));
    await expect(service.savePendingBatch({ people: tooMany, sourceUrl: SOURCE })).rejects.toThrow('invalid_input');
  });
});
