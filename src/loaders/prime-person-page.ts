import type DataLoader from 'dataloader';
import { ALL_PERSON_FIELDS, isPersonField, PersonField } from '../db/mappers';
import type { PersonPage, PersonRelation } from '../db/persons';
import type { Loaders } from './create-loaders';

/** The relations of a person a page can fetch in its own statement (see findPersonsPage). */
export const PAGE_RELATIONS: readonly PersonRelation[] = ['household', 'employments', 'holdings', 'manager'];

/** What access and masking read of every person shown (PersonIdentity). */
const IDENTITY: readonly PersonField[] = ['id', 'name', 'createdBy'];
/** Person fields whose resolvers read only the person's id (person.resolver.ts) or identity (`access`). */
const FIELDS_OF_IDENTITY = new Set<string>([
  ...PAGE_RELATIONS, 'family', 'acquaintances', 'referralsMade', 'referralsReceived', 'access', '__typename',
]);

/**
 * The record fields a page fetches for the Person fields selected under
 * `edges.node`: the identity plus each selected record field; any other
 * field (its resolver might read more) fetches the whole record. The page's
 * persons reach only those fields' resolvers and prime no loader, so a
 * partial record is never served to a resolver needing what it lacks.
 */
export function pagePersonFields(selected: ReadonlySet<string>): readonly PersonField[] {
  const fields = new Set<PersonField>(IDENTITY);
  for (const name of selected) {
    if (isPersonField(name)) fields.add(name);
    else if (!FIELDS_OF_IDENTITY.has(name)) return ALL_PERSON_FIELDS;
  }
  return [...fields];
}

/**
 * Hands a page's own relation rows to the per-request loaders, so the nested
 * fields of the page are answered without another round trip. Every person
 * of the page is primed, with an empty list or null when they have none.
 */
export function primePersonRelations(loaders: Loaders, page: PersonPage): void {
  const ids = page.items.map((person) => person.id);
  const { household, employments, holdings, manager } = page.relations;
  if (household) primeOne(loaders.householdOfPerson, ids, household, (row) => row.personId);
  if (employments) primeMany(loaders.employmentsOfPerson, ids, employments, (row) => row.personId);
  if (holdings) primeMany(loaders.holdingsOfPerson, ids, holdings, (row) => row.holderId);
  if (manager) {
    primeOne(loaders.managerOfPerson, ids, manager, (row) => row.clientId);
    for (const { branch } of manager) if (branch) loaders.branchById.prime(branch.id, branch);
  }
}

function primeOne<T>(loader: DataLoader<string, T | null>, ids: string[], rows: T[], keyOf: (row: T) => string): void {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  for (const id of ids) loader.prime(id, byKey.get(id) ?? null);
}

function primeMany<T>(loader: DataLoader<string, T[]>, ids: string[], rows: T[], keyOf: (row: T) => string): void {
  const byKey = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  for (const [id, list] of byKey) loader.prime(id, list);
}
