import type { Neighbourhood } from './people-neighbourhood';
import { roundProduct } from './score';

/**
 * The strongest path (the maximum product of tie strengths) from a set of
 * sources to every person within maxHops ties, each source starting with its
 * own weight (1 for a person leaving; an introducer's warmth).
 *
 * Computed by rounds over hop counts (Bellman–Ford limited to maxHops): after
 * round h, a person's entry is the strongest product over walks of at most h
 * ties. Strengths are at most 1, so a walk with a cycle is never stronger than
 * the path without it, and because a value is only replaced by a strictly
 * stronger one, the kept walks are simple paths and, among equally strong
 * paths, the one with fewest hops. (Plain Dijkstra on −log strength would
 * ignore the hop limit.) Equal candidates in one round: the first in id order.
 */

export interface Reach {
  product: number;
  /** The person before this one on the path; null for a source. */
  previousId: string | null;
  /** Ties on the path; the previous person's entry is the one of round hops − 1. */
  hops: number;
}

/** Entries per round: [h] holds the strongest reach with at most h ties, for h = 0 … maxHops. */
export type ReachRounds = Map<string, Reach>[];

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** @example strongestReach(graph, new Map([['P1', 1]]), 2).at(-1).get('P7') // { product: 0.76, previousId: 'P3', hops: 2 } */
export function strongestReach(graph: Neighbourhood, sources: ReadonlyMap<string, number>, maxHops: number): ReachRounds {
  const rounds: ReachRounds = [new Map([...sources].map(([id, weight]) => [id, { product: weight, previousId: null, hops: 0 }]))];
  let improved = [...sources.keys()].sort(compareIds);
  for (let hops = 1; hops <= maxHops && improved.length > 0; hops++) {
    const before = rounds[hops - 1];
    const after = new Map(before);
    const changed = new Set<string>();
    for (const id of improved) {
      const reached = before.get(id)!.product;
      for (const [otherId, tie] of graph.ties(id)) {
        const product = roundProduct(reached * tie.strength);
        if (product > (after.get(otherId)?.product ?? 0)) {
          after.set(otherId, { product, previousId: id, hops });
          changed.add(otherId);
        }
      }
    }
    improved = [...changed].sort(compareIds);
    rounds.push(after);
  }
  return rounds;
}

/** The person ids of the strongest path to `id`, from its source. */
export function pathTo(rounds: ReachRounds, id: string): string[] {
  const ids = [id];
  let reach = rounds[rounds.length - 1].get(id)!;
  while (reach.previousId !== null) {
    ids.unshift(reach.previousId);
    reach = rounds[reach.hops - 1].get(reach.previousId)!;
  }
  return ids;
}
