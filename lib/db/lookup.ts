/**
 * Rows whose `index` equals any of `keys`, with one request per key, all
 * sent at once. Dexie's anyOf walks one cursor, a round trip to the
 * database per step, which for thousands of keys on a busy machine costs
 * seconds; separate requests are queued together and answered in a row.
 */
export async function rowsWhereAnyOf<T>(
  table: { where(index: string): { equals(key: string | number): { toArray(): PromiseLike<T[]> } } },
  index: string,
  keys: Iterable<string | number>,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  const found = await Promise.all(unique.map((key) => table.where(index).equals(key).toArray()));
  return found.flat();
}
