import { colleagueTies, everyPair } from '../../../src/insights/group-ties';
import { SMALL_ORGANIZATION_EMPLOYEES } from '../../../src/domain/tie-strength';

describe('group ties', () => {
  it('ties every two members of a household once', () => {
    expect([...everyPair(['a', 'b', 'c'])]).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('ties every two colleagues at a small organization', () => {
    expect([...colleagueTies([{ id: 'a', keyPerson: false }, { id: 'b', keyPerson: false }, { id: 'c', keyPerson: true }])]).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('ties colleagues at a large organization only through its key persons', () => {
    // e0 and e2 are key persons among SMALL_ORGANIZATION_EMPLOYEES + 1 employees: e0 with the other n − 1,
    // e2 with the n − 2 except e0, so 2n − 3 ties; no two ordinary clerks are tied.
    const employees = Array.from({ length: SMALL_ORGANIZATION_EMPLOYEES + 1 }, (_, i) => ({ id: `e${i}`, keyPerson: i === 0 || i === 2 }));
    const ties = [...colleagueTies(employees)];
    const n = employees.length;
    expect({
      count: ties.length,
      distinct: new Set(ties.map(([a, b]) => [a, b].sort().join('-'))).size,
      allThroughKeyPersons: ties.every(([a, b]) => ['e0', 'e2'].includes(a) || ['e0', 'e2'].includes(b)),
      first: ties.slice(0, 3),
    }).toEqual({
      count: 2 * n - 3,
      distinct: 2 * n - 3,
      allThroughKeyPersons: true,
      first: [
        ['e0', 'e1'],
        ['e0', 'e2'],
        ['e0', 'e3'],
      ],
    });
  });
});
