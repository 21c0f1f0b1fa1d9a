import { encodeCursor } from '../../../src/graphql/connection';
import { rankedPage, rankedWindow } from '../../../src/graphql/ranked-page';

const limits = { defaultSize: 5, maxSize: 20, maxRank: 100 };

/** What a field's resolver would answer for this page: each edge's rank, and the page info. */
async function answer(first: number | undefined, after: string | null, ranking: number[]) {
  const window = rankedWindow(first, after, limits);
  const connection = rankedPage(
    window,
    ranking.slice(window.offset, window.offset + window.take).map((value) => ({ value })),
    () => Promise.resolve(ranking.length),
  );
  return {
    window,
    values: connection.edges.map((edge) => edge.node.value),
    ranks: connection.edges.map((edge) => JSON.parse(Buffer.from(edge.cursor, 'base64url').toString('utf8')).rank),
    pageInfo: connection.pageInfo,
    totalCount: await connection.countTotal(),
  };
}

const ranking = Array.from({ length: 12 }, (_, i) => 100 - i);

describe('rankedWindow', () => {
  it('asks for the page and one entry more, from the rank after the cursor', () => {
    expect([rankedWindow(undefined, null, limits), rankedWindow(3, encodeCursor({ rank: 10 }), limits)]).toEqual([
      { offset: 0, size: 5, take: 6 },
      { offset: 10, size: 3, take: 4 },
    ]);
  });

  it('stops at the deepest rank: no entry more to ask for there, an empty page at it, and a refusal past it', () => {
    expect([rankedWindow(20, encodeCursor({ rank: 90 }), limits), rankedWindow(20, encodeCursor({ rank: 100 }), limits)]).toEqual([
      { offset: 90, size: 10, take: 10 },
      { offset: 100, size: 0, take: 0 },
    ]);
    expect(() => rankedWindow(1, encodeCursor({ rank: 101 }), limits)).toThrow('after: is past rank 100, the deepest this ranking lists.');
  });

  it.each([
    ['a cursor of another list', encodeCursor('P0001')],
    ['rank 0', encodeCursor({ rank: 0 })],
    ['a fractional rank', encodeCursor({ rank: 1.5 })],
    ['no cursor at all', 'not base64 json'],
  ])('refuses %s, naming `after`', (_, after) => {
    expect(() => rankedWindow(1, after, limits)).toThrow(/^after: is not a cursor/);
  });

  it('checks first as before, naming it', () => {
    expect(() => rankedWindow(21, null, limits)).toThrow('first: must be an integer from 1 to 20; got 21.');
  });
});

describe('rankedPage', () => {
  it('walks the ranking page after page, each cursor continuing where its page ended', async () => {
    const first = await answer(5, null, ranking);
    const second = await answer(5, first.pageInfo.endCursor, ranking);
    const third = await answer(5, second.pageInfo.endCursor, ranking);
    expect([first, second, third].map((page) => [page.ranks, page.values, page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage])).toEqual([
      [[1, 2, 3, 4, 5], [100, 99, 98, 97, 96], false, true],
      [[6, 7, 8, 9, 10], [95, 94, 93, 92, 91], true, true],
      [[11, 12], [90, 89], true, false],
    ]);
    expect([first.totalCount, third.totalCount]).toEqual([12, 12]);
  });

  it('counts a first page that holds the whole ranking by itself', async () => {
    const whole = await answer(20, null, [3, 2, 1]);
    expect([whole.values, whole.pageInfo.hasNextPage, whole.totalCount]).toEqual([[3, 2, 1], false, 3]);
  });

  it('says no page follows the deepest rank, however long the ranking', async () => {
    const long = Array.from({ length: 150 }, (_, i) => i);
    const last = await answer(20, encodeCursor({ rank: 90 }), long);
    expect([last.ranks[0], last.ranks.at(-1), last.pageInfo.hasNextPage, last.totalCount]).toEqual([91, 100, false, 150]);
  });
});
