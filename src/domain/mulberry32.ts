/**
 * Mulberry32 (Tommy Ettinger): a tiny seeded 32-bit generator, for choices
 * that must repeat from run to run (betweenness pivots, the bench's inputs).
 * Each call returns the next unsigned 32-bit integer.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
