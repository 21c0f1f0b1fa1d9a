import { buildPeopleGraph } from '../../../src/insights/people-graph';

describe('buildPeopleGraph', () => {
  it('collapses duplicate and reverse ties, drops self-loops and unknown ids, keeps isolated people', () => {
    const graph = buildPeopleGraph(
      ['ann', 'bob', 'cat', 'dan', 'eve'],
      [
        ['ann', 'bob'], // FAMILY
        ['bob', 'ann'], // KNOWS, the other way round
        ['ann', 'bob'], // household co-membership
        ['bob', 'cat'],
        ['cat', 'cat'], // self-loop
        ['cat', 'zed'], // zed is not in the population
        ['ann', 'cat'],
        ['dan', 'cat'],
      ],
    );

    expect(graph).toEqual({
      ids: ['ann', 'bob', 'cat', 'dan', 'eve'],
      // ann: bob cat | bob: ann cat | cat: ann bob dan | dan: cat | eve: (none)
      offsets: Int32Array.from([0, 2, 4, 7, 8, 8]),
      neighbours: Int32Array.from([1, 2, 0, 2, 0, 1, 3, 2]),
    });
  });

  it('rejects a population with a repeated id', () => {
    expect(() => buildPeopleGraph(['ann', 'ann'], [])).toThrow(/duplicate id ann/);
  });
});
