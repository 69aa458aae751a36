import { describe, expect, it } from 'vitest';
import { searchWordsOf } from '../../../lib/db/search-words';
import { checkEmail, ContactSchema } from '../../../lib/model';
import { CSV_HEADER, csvRecord, syntheticBatches } from '../../../scripts/bench/generate';
import { formatTable, misses, statusOf } from '../../../scripts/bench/report';
import { percentile } from '../../../scripts/bench/stats';
import type { Row } from '../../../scripts/bench/types';

const first = (count: number, seed?: number) => [...syntheticBatches(count, count, seed)][0]!;

describe('synthetic contacts for the benchmark', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(first(50)).toEqual(first(50));
    expect(first(50, 7).map((c) => c.email)).not.toEqual(first(50).map((c) => c.email));
  });

  it('are valid contacts, as the extension writes them, with unique emails', () => {
    const contacts = [...syntheticBatches(5000)].flat();
    expect(new Set(contacts.map((c) => c.email)).size).toBe(5000);
    for (const contact of contacts.slice(0, 500)) {
      expect(ContactSchema.safeParse({ ...contact, id: 1 }).error).toBeUndefined();
      expect(checkEmail(contact.email)).toEqual({ ok: true, email: contact.email });
      expect(contact.searchWords).toEqual(searchWordsOf(contact));
      expect(csvRecord(contact)).toHaveLength(CSV_HEADER.length);
    }
  }, 30_000);

  it('look like real data: several languages with accents, stages, statuses, tags, groups, custom fields', () => {
    const contacts = first(3000);
    const names = contacts.map((c) => `${c.firstName} ${c.lastName}`).join(' ');
    expect(names).toMatch(/[éèëïçñöüäßíó]/);
    expect(new Set(contacts.map((c) => c.email.split('.').pop())).size).toBeGreaterThanOrEqual(4);
    expect(new Set(contacts.map((c) => c.stage)).size).toBe(6);
    expect(new Set(contacts.map((c) => c.status)).size).toBe(5);
    expect(new Set(contacts.flatMap((c) => c.tags)).size).toBeGreaterThan(20);
    expect(contacts.some((c) => c.groupIds.length)).toBe(true);
    expect(contacts.some((c) => c.archived === 1)).toBe(true);
    expect(Object.keys(contacts[0]!.customFields)).toEqual(expect.arrayContaining(['industry', 'employees', 'newsletter']));
  }, 30_000);
});

describe('benchmark report', () => {
  const rows: Row[] = [
    { figure: 'fast', value: 10, unit: 'ms', target: 50 },
    { figure: 'slow', value: 60, unit: 'ms', target: 50 },
    { figure: 'absent', value: null, unit: 'ms', target: 100, note: 'not measured (feature missing)' },
    { figure: 'info', value: 3, unit: 'MB', target: null },
    { figure: 'broken', value: null, unit: 'ms', target: null, failed: true, note: 'error: boom' },
  ];

  it('counts a missing figure and a broken one as misses, never as passes', () => {
    expect(rows.map(statusOf)).toEqual(['pass', 'FAIL', 'MISSING', 'info', 'FAIL']);
    expect(misses(rows).map((r) => r.figure)).toEqual(['slow', 'absent', 'broken']);
  });

  it('prints one aligned table', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines[0]).toMatch(/^\| figure +\| value +\| target +\| result +\|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[4]).toContain('not measured (feature missing)');
    expect(lines[4]).toContain('FAIL (missing)');
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 50)).toBe(100);
  });
});
