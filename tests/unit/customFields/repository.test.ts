import { describe, expect, it } from 'vitest';
import { registerMessageHandlers } from '../../../lib/background/router';
import { countFieldHolders } from '../../../lib/customFields/repository';
import { getDb } from '../../../lib/db/database';
import * as service from '../../../lib/service';
import { sendFromContentScript } from '../helpers/runtime';
import { contact } from '../segments/contacts';

describe('custom field definitions through messages', () => {
  it('creates, renames keeping the key and values, and refuses a second field with the same name', async () => {
    const created = await service.saveFieldDef({ label: 'Date de relance', type: 'date' });
    expect(created).toMatchObject({ key: 'date_de_relance', label: 'Date de relance', type: 'date' });
    await getDb().contacts.add(contact({ id: 1, customFields: { date_de_relance: '2026-03-01' } }));

    const renamed = await service.saveFieldDef({ key: 'date_de_relance', label: 'Relance', type: 'date' });
    expect(renamed.key).toBe('date_de_relance');
    expect(await getDb().fieldDefs.toArray()).toEqual([renamed]);
    expect((await getDb().contacts.get(1))?.customFields).toEqual({ date_de_relance: '2026-03-01' });

    await expect(service.saveFieldDef({ label: 'RELANCE', type: 'text' })).rejects.toThrow('label_taken');
    await expect(service.saveFieldDef({ key: 'date_de_relance', label: 'Relance', type: 'number' })).rejects.toThrow('type_locked');
  });

  it('needs choices for a choice field', async () => {
    await expect(service.saveFieldDef({ label: 'Plan', type: 'choice', options: [] })).rejects.toThrow('options_required');
    const def = await service.saveFieldDef({ label: 'Plan', type: 'choice', options: ['Gold', 'Silver'] });
    expect(def.options).toEqual(['Gold', 'Silver']);
  });

  it('counts the contacts holding a value, then deletes the field and only its values', async () => {
    await service.saveFieldDef({ label: 'Budget', type: 'number' });
    await getDb().contacts.bulkAdd([
      contact({ id: 1, email: 'a@x.com', customFields: { budget: 10, other: 'keep' } }),
      contact({ id: 2, email: 'b@x.com', customFields: { budget: null } }),
      contact({ id: 3, email: 'c@x.com', customFields: {} }),
      contact({ id: 4, email: 'd@x.com', customFields: { budget: 0 } }),
    ]);
    expect(await countFieldHolders(getDb(), 'budget')).toBe(2);
    expect(await service.deleteFieldDef({ key: 'budget' })).toEqual({ removedValues: 2 });
    expect(await getDb().fieldDefs.count()).toBe(0);
    expect((await getDb().contacts.toArray()).map((c) => c.customFields)).toEqual([{ other: 'keep' }, {}, {}, {}]);
  });

  it.each(['saveFieldDef', 'deleteFieldDef', 'saveSegment', 'deleteSegment'] as const)('refuses %s from a content script', async (type) => {
    registerMessageHandlers();
    const payloads = {
      saveFieldDef: { label: 'X', type: 'text' },
      deleteFieldDef: { key: 'x' },
      saveSegment: { name: 'S', criteria: { type: 'group', match: 'all', children: [] } },
      deleteSegment: { id: 1 },
    };
    expect(await sendFromContentScript(type, payloads[type])).toBeUndefined();
    expect(await getDb().fieldDefs.count()).toBe(0);
    expect(await getDb().segments.count()).toBe(0);
  });
});

describe('saved segments through the service', () => {
  it('saves, renames, refuses a duplicate name or invalid criteria, and deletes', async () => {
    const criteria = { type: 'group' as const, match: 'all' as const, children: [{ type: 'condition' as const, field: 'tag' as const, op: 'equals' as const, value: 'vip' }] };
    const saved = await service.saveSegment({ name: 'VIP', criteria });
    expect(saved).toMatchObject({ name: 'VIP', criteria });
    await service.saveSegment({ name: 'Others', criteria });
    await expect(service.saveSegment({ id: saved.id, name: 'Others', criteria })).rejects.toThrow('name_taken');
    await expect(
      service.saveSegment({ name: 'Bad', criteria: { ...criteria, children: [{ ...criteria.children[0]!, op: 'gt' }] } as never }),
    ).rejects.toThrow('invalid_input');
    const renamed = await service.saveSegment({ id: saved.id, name: 'Very important', criteria });
    expect(renamed.createdAt).toBe(saved.createdAt);
    expect(await service.deleteSegment({ id: saved.id })).toBe(1);
    expect((await getDb().segments.toArray()).map((s) => s.name)).toEqual(['Others']);
  });
});
