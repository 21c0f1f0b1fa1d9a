import fc from 'fast-check';
import { ConnectionValue, encodeCursor, listConnection } from '../../../src/graphql/connection';

interface Tie { id: string; strength: number }
const strongestFirst = (tie: Tie) => [-tie.strength, tie.id];
const ties: Tie[] = [
  { id: 'b', strength: 0.5 },
  { id: 'a', strength: 0.9 },
  { id: 'c', strength: 0.5 },
  { id: 'd', strength: 0.1 },
];
const ids = (connection: ReturnType<typeof listConnection<Tie>>) => connection.edges.map((edge) => edge.node.id);
const errorOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('listConnection', () => {
  it('orders by the key whatever the order read, and pages forwards from each end cursor', async () => {
    const first = listConnection(ties, { first: 2 }, strongestFirst);
    expect(ids(first)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = listConnection(ties, { first: 2, after: first.pageInfo.endCursor }, strongestFirst);
    expect(ids(second)).toEqual(['c', 'd']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await second.countTotal()).toBe(4);
  });

  it('pages backwards from the end and from a start cursor', () => {
    const last = listConnection(ties, { last: 3 }, strongestFirst);
    expect(ids(last)).toEqual(['b', 'c', 'd']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = listConnection(ties, { last: 3, before: last.pageInfo.startCursor }, strongestFirst);
    expect(ids(before)).toEqual(['a']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('goes on after the record a page ended with when that record has gone since', () => {
    const first = listConnection(ties, { first: 2 }, strongestFirst);
    const without = ties.filter((tie) => tie.id !== 'b');
    expect(ids(listConnection(without, { first: 2, after: first.pageInfo.endCursor }, strongestFirst))).toEqual(['c', 'd']);
  });

  it('refuses cursors that are not a key of this list, naming the argument', () => {
    expect(errorOf(() => listConnection(ties, { after: 'garbage' }, strongestFirst))).toMatch(/^after: is not a cursor this API gave out/);
    expect(errorOf(() => listConnection(ties, { first: 1, after: encodeCursor('P0000001') }, strongestFirst))).toMatch(/^after: /);
    expect(errorOf(() => listConnection(ties, { last: 1, before: encodeCursor(['a', 0.5]) }, strongestFirst))).toMatch(/^before: /);
    expect(errorOf(() => listConnection(ties, { first: 1, last: 1 }, strongestFirst))).toMatch(/^last: cannot be combined/);
    expect(errorOf(() => listConnection(ties, { first: 0 }, strongestFirst))).toMatch(/^first: must be an integer from 1 to 100/);
  });

  it('walks any list forwards and backwards in pages of any size to exactly the list in key order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), strength: fc.integer({ min: 1, max: 4 }).map((n) => n / 4) }), {
          selector: (tie) => tie.id,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 7 }),
        (list, size) => {
          const sorted = [...list].sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1)).map((tie) => tie.id);
          const forwards: string[] = [];
          let after: string | null = null;
          for (let more = true; more; ) {
            const page: ConnectionValue<Tie> = listConnection(list, { first: size, after }, strongestFirst);
            forwards.push(...ids(page));
            more = page.pageInfo.hasNextPage;
            after = page.pageInfo.endCursor;
          }
          const backwards: string[] = [];
          let before: string | null = null;
          for (let more = true; more; ) {
            const page: ConnectionValue<Tie> = listConnection(list, { last: size, before }, strongestFirst);
            backwards.unshift(...ids(page));
            more = page.pageInfo.hasPreviousPage;
            before = page.pageInfo.startCursor;
          }
          expect(forwards).toEqual(sorted);
          expect(backwards).toEqual(sorted);
        },
      ),
    );
  });
});
