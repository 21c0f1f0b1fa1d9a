/*
 * Ids of the demo bank's rows: a letter prefix and a zero-padded number, so
 * string order is numeric order.
 */

/** Ids `prefix0001`…, wide enough for `count` and at least `minWidth` digits; takes a zero-based index. */
export function idFormat(prefix: string, count: number, minWidth: number): (index: number) => string {
  const width = Math.max(minWidth, String(count).length);
  return (index) => prefix + String(index + 1).padStart(width, '0');
}

export function productId(index: number): string {
  return `PRD${String(index + 1).padStart(3, '0')}`;
}

export function organizationId(index: number, count: number): string {
  return `O${String(index + 1).padStart(Math.max(6, String(count).length), '0')}`;
}
