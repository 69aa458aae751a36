// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createGroup } from '../../../lib/contacts/groups';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import type { Segment } from '../../../lib/segments';
import { countSegment } from '../../../lib/segments/query';
import { saveSegment } from '../../../lib/segments/store';
import { fromBody, referencedDocIds, referencedRefs, toBody } from '../../../lib/sync/codec';
import { refOf, SYNCED_BY_TABLE } from '../../../lib/sync/registry';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const segments = SYNCED_BY_TABLE.get('segments')!;

/** "In group 7, and (in group 3 or 9, or not in group 7)". */
const criteria = (a: unknown, b: unknown, c: unknown): Segment =>
  ({
    type: 'group',
    match: 'all',
    children: [
      { type: 'condition', field: 'group', op: 'equals', value: a },
      { type: 'condition', field: 'company', op: 'contains', value: '7' },
      {
        type: 'group',
        match: 'any',
        children: [
          { type: 'condition', field: 'group', op: 'in', value: [b, c] },
          { type: 'condition', field: 'group', op: 'notEquals', value: a },
          { type: 'condition', field: 'group', op: 'isEmpty' },
        ],
      },
    ],
  }) as Segment;

describe('group ids inside saved segments', () => {
  it('travel as the groups\' document ids, in nested groups too, and come back as this machine\'s ids', () => {
    const row = { id: 4, name: 'Hot', criteria: criteria(7, 3, 9), createdAt: 1, updatedAt: 2 };
    expect(referencedRefs(segments, row).sort()).toEqual([refOf('groups', 3), refOf('groups', 7), refOf('groups', 7), refOf('groups', 9)].sort());
    const docIds = new Map([
      [refOf('groups', 7), 'doc-vip'],
      [refOf('groups', 3), 'doc-fair'],
      [refOf('groups', 9), 'doc-partners'],
    ]);
    const body = toBody(segments, row, (ref) => docIds.get(ref)!);
    expect(body).toEqual({ name: 'Hot', criteria: criteria('doc-vip', 'doc-fair', 'doc-partners'), createdAt: 1, updatedAt: 2 });
    expect(referencedDocIds(segments, body).sort()).toEqual(['doc-fair', 'doc-partners', 'doc-vip', 'doc-vip']);
    // Another machine, other ids; a group it does not have stays named by its document id (it matches no contact there).
    const there = new Map<string, number>([
      ['doc-vip', 12],
      ['doc-fair', 1],
    ]);
    expect(fromBody(segments, body, (id) => there.get(id))).toEqual({ name: 'Hot', criteria: criteria(12, 1, 'doc-partners'), createdAt: 1, updatedAt: 2 });
    // Criteria without group conditions pass as they are.
    const plain = { name: 'Plain', criteria: { type: 'group', match: 'all', children: [{ type: 'condition', field: 'tag', op: 'equals', value: 5 }] } };
    expect(fromBody(segments, toBody(segments, plain, () => 'x'), () => 99)).toEqual(plain);
  });

  const couch = serverForThisFile();

  it('a segment "group = VIP" saved on one machine counts the VIP contacts on the other, whose group ids differ; an edit there comes back translated', async () => {
    const url = await couch.newTeamDb('segment-groups');
    const a = new TestReplica('sa', 'alice', USERS.alice, url);
    const b = new TestReplica('sb', 'bob', USERS.bob, url);
    // B's own groups first: the same names get other ids there.
    await b.as(() => createGroup({ name: 'Partners', color: '#112233' }));
    await b.as(() => createGroup({ name: 'Board', color: '#112233' }));
    const vip = await a.as(() => createGroup({ name: 'VIP', color: '#aa0000' }));
    const fair = await a.as(() => createGroup({ name: 'Trade show', color: '#00aa00' }));
    for (const [email, groupIds] of [['v1@example.com', [vip.id]], ['v2@example.com', [vip.id, fair.id]], ['f1@example.com', [fair.id]], ['none@example.com', []]] as const) {
      const saved = await a.as(() => upsertByEmail(draft({ email })));
      if (saved.outcome !== 'created') throw new Error('setup');
      if (groupIds.length) await a.as(() => updateContact(saved.contact.id, { groupIds: [...groupIds] }));
    }
    const inVip: Segment = { type: 'group', match: 'all', children: [{ type: 'condition', field: 'group', op: 'equals', value: vip.id }] };
    const nested: Segment = { type: 'group', match: 'any', children: [{ type: 'group', match: 'all', children: [{ type: 'condition', field: 'group', op: 'in', value: [fair.id] }] }] };
    await a.as(() => saveSegment({ name: 'VIP only', criteria: inVip }));
    await a.as(() => saveSegment({ name: 'Trade show (nested)', criteria: nested }));
    expect(await a.as(() => countSegment(a.db, inVip))).toBe(2);
    await a.enable();
    await b.enable();
    for (let i = 0; i < 2; i++) {
      await a.sync();
      await b.sync();
    }
    const vipOnB = (await b.db.groups.where('name').equals('VIP').first())!;
    const fairOnB = (await b.db.groups.where('name').equals('Trade show').first())!;
    expect(vipOnB.id).not.toBe(vip.id);
    const onB = (await b.db.segments.where('name').equals('VIP only').first())!;
    expect(onB.criteria).toEqual({ ...inVip, children: [{ ...inVip.children[0], value: vipOnB.id }] });
    expect(await b.as(() => countSegment(b.db, onB.criteria as Segment))).toBe(2);
    const nestedOnB = (await b.db.segments.where('name').equals('Trade show (nested)').first())!;
    expect(await b.as(() => countSegment(b.db, nestedOnB.criteria as Segment))).toBe(2);
    // Edited on B (now VIP or Trade show): A reads it with its own ids.
    const either: Segment = { type: 'group', match: 'all', children: [{ type: 'condition', field: 'group', op: 'in', value: [vipOnB.id, fairOnB.id] }] };
    await b.as(() => saveSegment({ id: onB.id, name: 'VIP only', criteria: either }));
    await b.sync();
    await a.sync();
    const backOnA = (await a.db.segments.where('name').equals('VIP only').first())!;
    expect(backOnA.criteria).toEqual({ ...either, children: [{ ...either.children[0], value: [vip.id, fair.id] }] });
    expect(await a.as(() => countSegment(a.db, backOnA.criteria as Segment))).toBe(3);
    expect(await b.as(() => findByEmail('none@example.com'))).toBeDefined();
    await a.dispose();
    await b.dispose();
  }, 60_000);
});
