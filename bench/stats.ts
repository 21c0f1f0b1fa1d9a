import { mulberry32 } from '../src/domain/mulberry32';

/** Latency summary of one measured operation. */
export interface Summary {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  roundTripsPerRequest: number;
  errors: number;
}

/** Nearest-rank percentile of sorted values (q in (0, 1]). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export function summarise(latenciesMs: number[], roundTrips: number, errors: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    samples: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    roundTripsPerRequest: round(roundTrips / Math.max(1, sorted.length)),
    errors,
  };
}

/** A seeded generator of fractions in [0, 1), so the sample of inputs is the same every run. */
export function seededRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 2 ** 32;
}

/** `count` items drawn with replacement from `items` by a seeded generator. */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  if (items.length === 0) return [];
  return Array.from({ length: count }, () => items[Math.floor(random() * items.length)]);
}
