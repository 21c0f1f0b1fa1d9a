import { checkedSize } from './connection';

/**
 * Checks `first` of a ranked list (1 to `max`, `defaultSize` when absent),
 * naming the field when it is out of range, as pages are checked.
 * @example rankedFirst(undefined, 5, 20) // 5; rankedFirst(0, 5, 20) throws BAD_USER_INPUT on `first`
 */
export function rankedFirst(first: number | null | undefined, defaultSize: number, max: number): number {
  return checkedSize('first', first, defaultSize, max);
}
