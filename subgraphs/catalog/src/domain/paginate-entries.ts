import { badUserInput, decodeCursor, encodeCursor, type Page, parsePageSize } from '@grimoire/platform';

export type SortValue = string | number;

/** One ordering key: a value per entry (from a fixed set chosen by an enum, never client text) and a direction. */
export interface SortKey<TEntry> {
  value(entry: TEntry): SortValue;
  direction: 'asc' | 'desc';
}

export interface PageRequest {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

function compareValues(left: SortValue, right: SortValue): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  const a = String(left);
  const b = String(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two key tuples; the last element is always the id, ascending, so the order is total
 * and a cursor points at exactly one position.
 */
function compareTuples(left: SortValue[], right: SortValue[], directions: ('asc' | 'desc')[]): number {
  for (let index = 0; index < left.length; index += 1) {
    const order = compareValues(left[index], right[index]);
    if (order !== 0) return directions[index] === 'desc' ? -order : order;
  }
  return 0;
}

/**
 * Sorts `entries` by `keys` (then id) and returns the page after `after`. The cursor is the
 * key tuple of the last entry seen, so a page stays correct when entries are added or removed
 * in between (keyset pagination, done in memory: the SRD tables are small).
 */
export function paginateEntries<TEntry>(
  entries: readonly TEntry[],
  keys: readonly SortKey<TEntry>[],
  idOf: (entry: TEntry) => string,
  page: PageRequest,
): Page<TEntry> {
  const first = parsePageSize(page.first);
  const directions = [...keys.map((key) => key.direction), 'asc' as const];
  const tupleOf = (entry: TEntry): SortValue[] => [...keys.map((key) => key.value(entry)), idOf(entry)];
  const sorted = entries
    .map((entry) => ({ entry, tuple: tupleOf(entry) }))
    .sort((left, right) => compareTuples(left.tuple, right.tuple, directions));

  let start = 0;
  if (page.after) {
    const position = decodeCursor(page.after, directions.length);
    const sample = sorted[0]?.tuple;
    // A cursor from another ordering has values of other types; refuse it instead of guessing.
    if (sample && position.some((value, index) => typeof value !== typeof sample[index])) {
      throw badUserInput('The cursor does not belong to this ordering. Pass an endCursor from a previous page.', {
        field: 'after',
      });
    }
    const next = sorted.findIndex((item) => compareTuples(item.tuple, position, directions) > 0);
    start = next === -1 ? sorted.length : next;
  }
  const slice = sorted.slice(start, start + first);
  const edges = slice.map((item) => ({ cursor: encodeCursor(item.tuple), node: item.entry }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < sorted.length, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Case-insensitive substring match on a name; a blank search matches everything. */
export function matchesSearch(name: string, search: string | null | undefined): boolean {
  const needle = search?.trim().toLowerCase();
  return !needle || name.toLowerCase().includes(needle);
}
