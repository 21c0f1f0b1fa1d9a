import type { Node } from 'neo4j-driver';
import { ReferrerKind } from '../domain/model';
import type { PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { toPerson } from './mappers';
import { int, toNumber } from './values';

/**
 * The attributed referrals as a forest (cypher/MODEL.md: INTRODUCED edges
 * from referrer to referee, named after the attributed Referral): chains up
 * from a person, trees down from a source.
 */

/** A node that can make a referral, by kind and id. */
export interface ReferrerRef {
  kind: ReferrerKind;
  id: string;
}

/** One attributed referral on a chain. */
export interface ReferralHopRecord {
  referralId: string;
  referrer: ReferrerRef;
  refereeId: string;
}

export interface ReferralChainRecord {
  personId: string;
  /** The original source: whoever introduced the first person on the chain, or the person themselves. */
  root: ReferrerRef;
  /** From the root down to the person; empty when nobody introduced the person. */
  hops: ReferralHopRecord[];
}

export interface ReferralTreeMemberRecord {
  person: PersonRecord;
  /** 1 = introduced by the root directly. */
  depth: number;
  /** The attributed referral that brought this person. */
  referralId: string;
}

export interface ReferralTreeRecord {
  root: ReferrerRef;
  maxDepth: number;
  /** Shallowest first, then by id. */
  descendants: ReferralTreeMemberRecord[];
  /** Every referral the root made, whatever became of it. */
  referralsMade: number;
  referralsConverted: number;
}

const queries = {
  chains: cypher('referral-chains-by-person-ids'),
  trees: cypher('referral-trees-by-root-ids'),
};

/** Chains of the given persons (missing persons have none), and every person on them, to prime a loader. */
export async function findReferralChains(
  db: Database,
  personIds: readonly string[],
): Promise<{ chains: ReferralChainRecord[]; persons: PersonRecord[] }> {
  const rows = await db.read(queries.chains, { ids: personIds }, (r) => {
    const rootKind = r.get('rootKind') as ReferrerKind;
    const hops = (r.get('hops') as { referralId: string; referrerId: string; refereeId: string }[]).map((hop, index) => ({
      referralId: hop.referralId,
      // Only the first referrer can be staff or an organization: every later one was introduced, so is a person.
      referrer: { kind: index === 0 ? rootKind : ReferrerKind.PERSON, id: hop.referrerId },
      refereeId: hop.refereeId,
    }));
    const chain: ReferralChainRecord = { personId: r.get('personId'), root: { kind: rootKind, id: r.get('rootId') }, hops };
    return { chain, persons: (r.get('persons') as Node[]).map(toPerson) };
  });
  return { chains: rows.map((row) => row.chain), persons: rows.flatMap((row) => row.persons) };
}

/**
 * Trees below the given roots, each id resolved as a person first, then a
 * member of staff, then an organization; ids that are none of these have no tree.
 */
export function findReferralTrees(db: Database, rootIds: readonly string[], maxDepth: number): Promise<ReferralTreeRecord[]> {
  return db.read(queries.trees, { ids: rootIds, maxDepth: int(maxDepth) }, (r) => ({
    root: { kind: r.get('rootKind') as ReferrerKind, id: r.get('rootId') as string },
    maxDepth,
    descendants: (r.get('descendants') as { person: Node; depth: unknown; referralId: string }[]).map((d) => ({
      person: toPerson(d.person),
      depth: toNumber(d.depth),
      referralId: d.referralId,
    })),
    referralsMade: toNumber(r.get('referralsMade')),
    referralsConverted: toNumber(r.get('referralsConverted')),
  }));
}
