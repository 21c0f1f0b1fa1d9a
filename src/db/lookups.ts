import { UserErrorCode } from '../domain/model';
import type { Outcome, UserError } from '../domain/outcome';
import { cypher } from './cypher';
import type { WriteScope } from './database';

type NodeKind = 'person' | 'organization' | 'staff' | 'branch' | 'product' | 'household';

/** One id a write needs, and the input field it came from. */
export interface Reference {
  field: string;
  kind: NodeKind;
  id: string;
}

const existsQuery = cypher('node-exists');

/**
 * Writes MATCH their ends and return no row when one is missing; only then
 * is this asked, to tell the client which ids were not found.
 */
export async function missingReferences<T>(tx: WriteScope, references: Reference[]): Promise<Outcome<T>> {
  const found = await tx.run(existsQuery, { references }, (r) => r.get('found') as boolean);
  const errors: UserError[] = references
    .filter((_, index) => !found[index])
    .map((reference) => ({
      field: reference.field,
      code: UserErrorCode.NOT_FOUND,
      message: `No ${reference.kind} with id "${reference.id}".`,
    }));
  if (errors.length === 0) throw new Error(`A write found no row although ${JSON.stringify(references)} exist`);
  return { ok: false, errors };
}
