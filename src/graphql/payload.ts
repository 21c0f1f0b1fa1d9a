import { ClassType, Field, ObjectType } from 'type-graphql';
import type { Outcome } from '../domain/outcome';
import { UserError } from './types/user-error.type';

/**
 * Makes a mutation payload type: the changed object under `field` (null when
 * refused) and `userErrors` saying which rules the input broke.
 */
export function payloadOf(name: string, field: string, type: () => ClassType, description: string): ClassType {
  @ObjectType(name, { description: `Result of a mutation: the ${field}, or the rules that refused it.` })
  class Payload {
    @Field(() => [UserError], { description: 'Rule violations; empty when the change was made. Nothing is written when not empty.' })
    userErrors!: UserError[];
  }
  Field(type, { nullable: true, description })(Payload.prototype, field);
  return Payload;
}

export type Payload<K extends string, T> = { [key in K]: T | null } & { userErrors: UserError[] };

export function toPayload<K extends string, T>(field: K, outcome: Outcome<T>): Payload<K, T> {
  return (outcome.ok
    ? { [field]: outcome.value, userErrors: [] }
    : { [field]: null, userErrors: outcome.errors }) as Payload<K, T>;
}

export function succeeded<K extends string, T>(field: K, value: T): Payload<K, T> {
  return toPayload(field, { ok: true, value });
}

/**
 * How every removal answers when what it would end is not there: refused as
 * NOT_PRESENT rather than answered as done, so a caller working from a stale
 * screen notices. (A retry of a removal that was committed is answered so too.)
 */
export const NOT_PRESENT_RULE = 'Ending what is not there (never recorded, or already ended) is a NOT_PRESENT user error, and nothing changes.';
