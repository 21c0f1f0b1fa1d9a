import { badInput } from '../errors';

/**
 * Checks `first` of a ranked list (1 to `max`, `defaultSize` when absent),
 * naming the field when it is out of range, as pageSize() does for pages.
 * @example rankedFirst(undefined, 5, 20) // 5; rankedFirst(0, 5, 20) throws BAD_USER_INPUT on `first`
 */
export function rankedFirst(first: number | null | undefined, defaultSize: number, max: number): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badInput('first', `must be an integer from 1 to ${max}; got ${size}.`);
  }
  return size;
}
