import { badInput } from '../errors';

/** The longest path the path queries follow (warmIntroductions, churnImpact; docs/rules.md#people-graph). */
export const MAX_HOPS = 6;

/** Checks an integer argument against its range, naming the argument when it is out of it. */
export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `must be an integer from ${min} to ${max}; got ${value}.`);
  }
  return value;
}

export const checkMaxHops = (maxHops: number): number => checkRange('maxHops', maxHops, 1, MAX_HOPS);
