import { AcquaintanceKind } from '../../../src/domain/model';
import { exploreNeighbourhood, SearchPlan } from '../../../src/domain/neighbourhood-search';
import type { NeighbourRow, TieFilter } from '../../../src/domain/people-neighbourhood';
import type { PersonRecord } from '../../../src/domain/records';
import { PersonStatus } from '../../../src/domain/model';
import { knows, person, summary } from '../../helpers/people-graph';

/**
 * A graph held in memory: `expand` answers like the database and records
 * each round trip's ids, with the last round's filter when there is one.
 * Persons whose id starts with "c" are ACTIVE clients; the others prospects.
 */
function fakeGraph(edges: [string, string, number][], optedOut: string[] = []) {
  const people = new Map<string, PersonRecord>();
  const entry = (id: string) => {
    const status = id.startsWith('c') ? PersonStatus.ACTIVE : PersonStatus.PROSPECT;
    if (!people.has(id)) people.set(id, person(id, id, { status, introductionsOptOut: optedOut.includes(id) }));
    return summary(people.get(id)!);
  };
  const calls: (string[] | [string[], string[] | 'ACTIVE'])[] = [];
  const keeps = (filter: TieFilter, id: string) =>
    filter === null || (filter === 'ACTIVE' ? entry(id).status === PersonStatus.ACTIVE : filter.has(id));
  const expand = async (ids: string[], filter: TieFilter): Promise<NeighbourRow[]> => {
    calls.push(filter === null ? ids : [ids, filter === 'ACTIVE' ? filter : [...filter].sort()]);
    return edges.flatMap(([a, b, strength]) =>
      [
        [a, b],
        [b, a],
      ]
        .filter(([from, to]) => ids.includes(from) && keeps(filter, to))
        .map(([from, to]) => ({ fromId: from, to: entry(to), tie: knows(AcquaintanceKind.FRIEND, strength) })),
    );
  };
  return { entry, calls, expand, edges };
}

const plan = (start: ReturnType<ReturnType<typeof fakeGraph>['entry']>, changes: Partial<SearchPlan>): SearchPlan => ({
  start,
  ends: null,
  maxHops: 4,
  passable: (p) => !p.introductionsOptOut,
  ...changes,
});

describe('neighbourhood search', () => {
  it('expands the smaller frontier each round, maxHops rounds in all, and knows every tie of the paths', async () => {
    // P has three ties; the end I one. P–a–d–I is a path of 3 ties; P–b–f–e–d–I has 5, beyond maxHops 4.
    const g = fakeGraph([
      ['P', 'a', 0.9],
      ['P', 'b', 0.8],
      ['P', 'h', 0.7],
      ['I', 'd', 0.9],
      ['d', 'a', 0.5],
      ['d', 'e', 0.6],
      ['b', 'f', 0.5],
      ['f', 'e', 0.5],
    ]);
    const explored = await exploreNeighbourhood(g.expand, plan(g.entry('P'), { ends: [g.entry('I')] }));
    // Equal frontiers (1, 1): P's side. Then I's side while smaller: I, then d; then e and a (by reach 0.54, 0.45),
    // the last round, asking only for ties to the persons P's side has reached and nobody expanded (so e–f is not read).
    expect([g.calls, explored.rounds, explored.capped, explored.graph.tie('a', 'd').strength, explored.graph.ties('e').size]).toEqual([
      [['P'], ['I'], ['d'], [['e', 'a'], ['a', 'b', 'h']]],
      4,
      false,
      0.5,
      1,
    ]);
  });

  it('expands the side expected to read fewer rows when the plan says, not the side with fewer persons', async () => {
    // The start P reaches a and b; the ends are c1, c2, c3. By persons P's side (2) is expanded before the ends (3),
    // but a and b are expected to read 100 rows each (say key persons of a large firm), the ends 10 each; so the
    // ends are expanded, and the last round expands x (10 rows) asking for ties to a and b, not a and b (200).
    const g = fakeGraph([
      ['P', 'a', 0.9],
      ['P', 'b', 0.8],
      ['a', 'x', 0.5],
      ['x', 'c1', 0.5],
    ]);
    const ends = [g.entry('c1'), g.entry('c2'), g.entry('c3')];
    const byPersons = fakeGraph(g.edges);
    await exploreNeighbourhood(byPersons.expand, plan(byPersons.entry('P'), { ends: ends.map((end) => byPersons.entry(end.id)), maxHops: 3 }));
    await exploreNeighbourhood(
      g.expand,
      plan(g.entry('P'), { ends, maxHops: 3, expectedRows: (ids) => ids.reduce((rows, id) => rows + (['a', 'b'].includes(id) ? 100 : 10), 0) }),
    );
    expect([byPersons.calls, g.calls]).toEqual([
      [['P'], ['a', 'b'], [['x'], ['c1', 'c2', 'c3']]],
      [['P'], ['c1', 'c2', 'c3'], [['x'], ['a', 'b']]],
    ]);
  });

  it('explores from the start only when any ACTIVE client may end a path, asking only for ties to clients last', async () => {
    const g = fakeGraph([
      ['P', 'a', 0.9],
      ['a', 'b', 0.9],
      ['b', 'c1', 0.9],
      ['b', 'x', 0.9],
    ]);
    const explored = await exploreNeighbourhood(g.expand, plan(g.entry('P'), { maxHops: 3 }));
    expect([g.calls, explored.rounds, [...explored.graph.ties('b').keys()]]).toEqual([
      [['P'], ['a'], [['b'], 'ACTIVE']],
      3,
      ['a', 'c1'],
    ]);
  });

  it('stops when the component runs out', async () => {
    const g = fakeGraph([
      ['P', 'a', 0.9],
      ['a', 'b', 0.9],
    ]);
    const explored = await exploreNeighbourhood(g.expand, plan(g.entry('P'), { maxHops: 6 }));
    expect([g.calls, explored.rounds]).toEqual([[['P'], ['a'], ['b']], 3]);
  });

  it('neither expands nor passes through a person who may not be on a path', async () => {
    const g = fakeGraph(
      [
        ['P', 'm', 0.9],
        ['m', 'x', 0.9],
        ['P', 'n', 0.5],
      ],
      ['m'],
    );
    await exploreNeighbourhood(g.expand, plan(g.entry('P'), {}));
    expect(g.calls).toEqual([['P'], ['n']]);
  });

  it('keeps the strongest-reached persons when a frontier passes the cap, and says so', async () => {
    const g = fakeGraph([
      ['P', 'a', 0.9],
      ['P', 'b', 0.5],
      ['P', 'c', 0.7],
    ]);
    const explored = await exploreNeighbourhood(g.expand, plan(g.entry('P'), { maxHops: 2 }), 2);
    expect([g.calls, explored.capped]).toEqual([[['P'], [['a', 'c'], 'ACTIVE']], true]);
  });

  it('leaves out of the last round whom the caller finds not worth it, and reads them after all if that changes', async () => {
    const edges: [string, string, number][] = [
      ['P', 'a', 0.9],
      ['P', 'b', 0.5],
      ['a', 'c1', 0.9],
      ['b', 'c2', 0.9],
    ];
    const search = async (worthAfterRound: boolean) => {
      const g = fakeGraph(edges);
      const asked: [string[], boolean, string[] | null][] = [];
      await exploreNeighbourhood(
        g.expand,
        plan(g.entry('P'), {
          maxHops: 2,
          worthExpanding: (_graph, frontier, fromStart, reaching) => {
            asked.push([frontier, fromStart, reaching && [...reaching]]);
            return asked.length > 1 && worthAfterRound ? frontier : frontier.filter((id) => id !== 'b');
          },
        }),
      );
      return [asked, g.calls];
    };
    expect([await search(false), await search(true)]).toEqual([
      [
        [
          [['a', 'b'], true, null],
          [['b'], true, null],
        ],
        [['P'], [['a'], 'ACTIVE']],
      ],
      [
        [
          [['a', 'b'], true, null],
          [['b'], true, null],
        ],
        [['P'], [['a'], 'ACTIVE'], [['b'], 'ACTIVE']],
      ],
    ]);
  });
});
