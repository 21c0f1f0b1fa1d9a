import DataLoader from 'dataloader';

/**
 * Builds per-request loaders whose batch function returns results in key
 * order, as DataLoader requires: `one` gives the record or null per key,
 * `many` a (possibly empty) list per key.
 */
export function one<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (item: T) => string,
  options?: DataLoader.Options<string, T | null>,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((item) => [keyOf(item), item] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  }, options);
}

export function many<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (item: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const item of await fetch(keys)) byKey.get(keyOf(item))?.push(item);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
