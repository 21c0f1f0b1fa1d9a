import type DataLoader from 'dataloader';
import type { PersonPage, PersonRelation } from '../db/persons';
import type { Loaders } from './create-loaders';

/** The relations of a person a page can fetch in its own statement (see findPersonsPage). */
export const PAGE_RELATIONS: readonly PersonRelation[] = ['household', 'employments', 'holdings', 'manager'];

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
