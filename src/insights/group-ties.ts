import { SMALL_ORGANIZATION_EMPLOYEES } from '../domain/tie-strength';

/** Someone working at an organization, and whether they are a key person there. */
export interface Employee {
  id: string;
  keyPerson: boolean;
}

type Tie = readonly [string, string];

/**
 * Every two of `members`, once: the HOUSEHOLD ties of a household's members
 * (src/domain/tie-strength.ts), and the COLLEAGUE ties of a small organization.
 * @example [...everyPair(['a', 'b', 'c'])] // [['a','b'], ['a','c'], ['b','c']]
 */
export function* everyPair(members: readonly string[]): Generator<Tie> {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) yield [members[i], members[j]];
  }
}

/**
 * COLLEAGUE ties (src/domain/tie-strength.ts): two people working at the
 * same organization are tied when either is a key person there, or when the
 * organization has at most SMALL_ORGANIZATION_EMPLOYEES employees in the
 * graph. So a large firm yields (key persons × employees) ties, not
 * employees², and each pair is yielded once.
 * @example [...colleagueTies([{ id: 'boss', keyPerson: true }, { id: 'a', keyPerson: false }])] // [['boss', 'a']]
 */
export function* colleagueTies(employees: readonly Employee[]): Generator<Tie> {
  const ids = employees.map((employee) => employee.id);
  if (employees.length <= SMALL_ORGANIZATION_EMPLOYEES) {
    yield* everyPair(ids);
    return;
  }
  // Each key person with everyone after them, and with every non-key person before them.
  for (let i = 0; i < employees.length; i++) {
    if (!employees[i].keyPerson) continue;
    for (let j = 0; j < employees.length; j++) {
      if (j > i || (j < i && !employees[j].keyPerson)) yield [ids[i], ids[j]];
    }
  }
}
