import { badInput } from '../errors';
import type { RankSlice } from '../domain/records';
import { ConnectionValue, decodeCursor, toConnection } from './connection';
import { rankedFirst } from './ranked-first';

/** How a ranked list is paged: its default and largest `first`, and the deepest rank `after` may reach. */
export interface RankedLimits {
  defaultSize: number;
  maxSize: number;
  /** Ranks past this are never listed: the ranking is cut here, so paging stays cheap. */
  maxRank: number;
}

/** Which ranks a page holds: `size` entries after the first `offset`, asking the ranking for `take` (one more, to tell whether a page follows). */
export interface RankedWindow extends RankSlice {
  size: number;
}

interface RankCursor {
  rank: number;
}

const isRankCursor = (value: unknown): value is RankCursor =>
  typeof value === 'object' && value !== null && Number.isInteger((value as RankCursor).rank) && (value as RankCursor).rank >= 1;

/**
 * Checks `first` and `after` of a ranked list, each error naming its field:
 * the cursor holds the rank of the entry it was given for, so the next page
 * starts at the rank after it; ranks past `maxRank` are refused.
 * @example rankedWindow(3, encodeCursor({ rank: 10 }), { defaultSize: 10, maxSize: 100, maxRank: 1000 }) // { offset: 10, size: 3, take: 4 }
 */
export function rankedWindow(first: number | null | undefined, after: string | null | undefined, limits: RankedLimits): RankedWindow {
  const requested = rankedFirst(first, limits.defaultSize, limits.maxSize);
  const offset = decodeCursor(after, isRankCursor)?.rank ?? 0;
  if (offset > limits.maxRank) throw badInput('after', `is past rank ${limits.maxRank}, the deepest this ranking lists.`);
  const size = Math.min(requested, limits.maxRank - offset);
  return { offset, size, take: offset + size < limits.maxRank ? size + 1 : size };
}

/**
 * The connection of one page of a ranking, from `entries`: the ranking's
 * entries from rank `offset` + 1 on, at most `window.take` of them (an entry
 * beyond the page means another page follows).
 */
export function rankedPage<T extends object>(window: RankedWindow, entries: readonly T[], countTotal: () => Promise<number>): ConnectionValue<T> {
  const items = entries.slice(0, window.size);
  const rankOf = new Map(items.map((item, index) => [item, window.offset + index + 1]));
  return toConnection(
    { items, hasMore: entries.length > window.size },
    { direction: 'forward', cursor: window.offset > 0 ? window.offset : null },
    (item) => ({ rank: rankOf.get(item) }),
    countTotal,
  );
}
