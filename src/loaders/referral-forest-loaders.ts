import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import { findReferralChains, findReferralTrees, type ReferralTreeRecord } from '../db/referral-forest';
import type { PersonRecord } from '../domain/records';
import { one } from './keyed';

/** A tree asked for: its root's id and how deep to go. */
export interface ReferralTreeKey {
  rootId: string;
  maxDepth: number;
}

/**
 * Loaders for referral chains and trees, so `referralChain` and
 * `referralTree` under a page of persons cost one statement each (trees:
 * one per distinct maxDepth in the request). Persons they return prime
 * `personById`.
 */
export function referralForestLoaders(db: Database, personById: DataLoader<string, PersonRecord | null>) {
  const prime = (persons: PersonRecord[]): void => {
    for (const person of persons) personById.prime(person.id, person);
  };
  return {
    referralChainOfPerson: one(
      async (ids) => {
        const { chains, persons } = await findReferralChains(db, ids);
        prime(persons);
        return chains;
      },
      (chain) => chain.personId,
    ),
    referralTreeOfRoot: new DataLoader<ReferralTreeKey, ReferralTreeRecord | null, string>(
      async (keys) => {
        const depths = [...new Set(keys.map((key) => key.maxDepth))];
        const trees = (
          await Promise.all(depths.map((depth) => findReferralTrees(db, keys.filter((k) => k.maxDepth === depth).map((k) => k.rootId), depth)))
        ).flat();
        prime(trees.flatMap((tree) => tree.descendants.map((member) => member.person)));
        const byKey = new Map(trees.map((tree) => [treeKey({ rootId: tree.root.id, maxDepth: tree.maxDepth }), tree]));
        return keys.map((key) => byKey.get(treeKey(key)) ?? null);
      },
      { cacheKeyFn: treeKey },
    ),
  };
}

function treeKey({ rootId, maxDepth }: ReferralTreeKey): string {
  return `${maxDepth}:${rootId}`;
}
