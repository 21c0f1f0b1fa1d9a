import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { ReferralChainRecord, ReferralHopRecord, ReferralTreeRecord, ReferrerRef } from '../../db/referral-forest';
import { ReferrerKind } from '../../domain/model';
import type { PersonRecord } from '../../domain/records';
import { conversionRate, disclosedLevels, MAX_REFERRAL_DEPTH, treeTotals } from '../../domain/referral-influence';
import type { DerivedFigures } from '../../auth/derived-figures';
import { badInput } from '../../errors';
import type { Loaders } from '../../loaders/create-loaders';
import { Person } from '../types/person.type';
import { Referral, Referrer } from '../types/referral.type';
import { ReferralChain, ReferralHop, ReferralTree, ReferralTreeMember, ReferralTreeMemberConnection } from '../types/referral-forest.type';
import { ConnectionArgs, listConnection } from '../connection';

export const DEFAULT_TREE_DEPTH = 10;

/** Checks `maxDepth` (1 to MAX_REFERRAL_DEPTH), naming the field when it is out of range. */
export function treeDepth(maxDepth: number): number {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_REFERRAL_DEPTH) {
    throw badInput('maxDepth', `must be an integer from 1 to ${MAX_REFERRAL_DEPTH}; got ${maxDepth}.`);
  }
  return maxDepth;
}

/** The person, member of staff or organization a reference points to, through the request's loaders. */
export function loadReferrer(loaders: Loaders, { kind, id }: ReferrerRef) {
  switch (kind) {
    case ReferrerKind.PERSON:
      return loaders.personById.load(id);
    case ReferrerKind.STAFF:
      return loaders.staffById.load(id);
    case ReferrerKind.ORGANIZATION:
      return loaders.organizationById.load(id);
    default: {
      const unexpected: never = kind;
      throw new Error(`Unknown referrer kind ${String(unexpected)}`);
    }
  }
}

export function toChain(record: ReferralChainRecord): ReferralChain {
  return { ...record, length: record.hops.length };
}

/**
 * The tree's totals (src/domain/referral-influence.ts) beside its members,
 * as the viewer may learn them: members they may not see are not listed and
 * count in the totals only pooled (src/domain/disclosure.ts).
 */
export async function toTree(record: ReferralTreeRecord, figures: DerivedFigures): Promise<ReferralTree> {
  const shown = await figures.shown(record.descendants.map((member) => member.person.id), 'aum');
  const descendants = record.descendants.map((member) => ({ personId: member.person.id, depth: member.depth, aum: member.person.aum, shown: shown.has(member.person.id) }));
  const { levels, disclosure, contributors } = disclosedLevels(descendants, figures.rule);
  figures.contributed(contributors);
  return {
    root: record.root,
    maxDepth: record.maxDepth,
    descendants: record.descendants.filter((member) => shown.has(member.person.id)),
    ...treeTotals(levels),
    disclosure,
    directReferrals: record.referralsMade,
    directConversions: record.referralsConverted,
    directConversionRate: conversionRate(record.referralsConverted, record.referralsMade),
  };
}

@Resolver(() => ReferralChain)
export class ReferralChainResolver {
  @Query(() => ReferralChain, {
    nullable: true,
    description:
      'How a person came to the bank: attributed referrals from the original source (a client, staff member or ' +
      'organization) down to the person. Length 0, with the person as root, when nobody introduced them; null if no such person.',
  })
  async referralChain(@Arg('personId', () => ID) personId: string, @Ctx() { loaders }: Context): Promise<ReferralChain | null> {
    const chain = await loaders.referralChainOfPerson.load(personId);
    return chain && toChain(chain);
  }

  @FieldResolver(() => Referrer, { nullable: true, description: 'The original source: whoever made the first referral on the chain.' })
  root(@Root() chain: ReferralChain, @Ctx() { loaders }: Context) {
    return loadReferrer(loaders, chain.root);
  }
}

@Resolver(() => ReferralHop)
export class ReferralHopResolver {
  @FieldResolver(() => Referral, { nullable: true, description: 'The attributed referral: the first of the referee’s referrals to convert.' })
  referral(@Root() hop: ReferralHopRecord, @Ctx() { loaders }: Context) {
    return loaders.referralById.load(hop.referralId);
  }

  @FieldResolver(() => Referrer, { nullable: true, description: 'Who made the referral.' })
  referrer(@Root() hop: ReferralHopRecord, @Ctx() { loaders }: Context) {
    return loadReferrer(loaders, hop.referrer);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person introduced.' })
  referee(@Root() hop: ReferralHopRecord, @Ctx() { loaders }: Context) {
    return loaders.personById.load(hop.refereeId);
  }
}

@Resolver(() => ReferralTree)
export class ReferralTreeResolver {
  @Query(() => ReferralTree, {
    nullable: true,
    description:
      'Everyone reached through attributed referrals from a source, with totals. rootId is looked up as a person ' +
      'first, then a member of staff, then an organization; null if it is none of these.',
  })
  async referralTree(
    @Arg('rootId', () => ID) rootId: string,
    @Ctx() { loaders, figures }: Context,
    @Arg('maxDepth', () => Int, {
      defaultValue: DEFAULT_TREE_DEPTH,
      description: `Deepest generation to include, 1–${MAX_REFERRAL_DEPTH} (default ${DEFAULT_TREE_DEPTH}).`,
    })
    maxDepth: number,
  ): Promise<ReferralTree | null> {
    const tree = await loaders.referralTreeOfRoot.load({ rootId, maxDepth: treeDepth(maxDepth) });
    return tree && toTree(tree, figures);
  }

  @FieldResolver(() => Referrer, { nullable: true, description: 'The source the tree grows from.' })
  root(@Root() tree: ReferralTree, @Ctx() { loaders }: Context) {
    return loadReferrer(loaders, tree.root);
  }

  @FieldResolver(() => ReferralTreeMemberConnection, { description: 'Everyone reached whom the viewer may see, shallowest first, then by id.' })
  descendants(@Root() tree: ReferralTree, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { people }: Context) {
    return listConnection(tree.descendants, paging, (member) => [member.depth, people.shownId(member.person.id)]);
  }
}

@Resolver(() => ReferralTreeMember)
export class ReferralTreeMemberResolver {
  @FieldResolver(() => Referral, { nullable: true, description: 'The attributed referral that brought this person.' })
  referral(@Root() member: ReferralTreeMember, @Ctx() { loaders }: Context) {
    return loaders.referralById.load(member.referralId);
  }
}

/** referralChain and referralTree on Person, batched across a page by the request's loaders. */
@Resolver(() => Person)
export class PersonReferralFieldsResolver {
  @FieldResolver(() => ReferralChain, {
    nullable: true,
    description:
      'How this person came to the bank; length 0, with the person as root, when nobody introduced them. ' +
      'Null when the person is masked to the viewer (the referralChain query still shows it, persons masked).',
  })
  async referralChain(@Root() person: PersonRecord, @Ctx() { loaders }: Context): Promise<ReferralChain> {
    const chain = await loaders.referralChainOfPerson.load(person.id);
    return toChain(chain ?? { personId: person.id, root: { kind: ReferrerKind.PERSON, id: person.id }, hops: [] });
  }

  @FieldResolver(() => ReferralTree, {
    nullable: true,
    description: 'Everyone this person brought to the bank, directly or through those they brought; null when the person is masked to the viewer.',
  })
  async referralTree(
    @Root() person: PersonRecord,
    @Ctx() { loaders, figures }: Context,
    @Arg('maxDepth', () => Int, {
      defaultValue: DEFAULT_TREE_DEPTH,
      description: `Deepest generation to include, 1–${MAX_REFERRAL_DEPTH} (default ${DEFAULT_TREE_DEPTH}).`,
    })
    maxDepth: number,
  ): Promise<ReferralTree> {
    const tree = await loaders.referralTreeOfRoot.load({ rootId: person.id, maxDepth: treeDepth(maxDepth) });
    return toTree(tree ?? { root: { kind: ReferrerKind.PERSON, id: person.id }, maxDepth, descendants: [], referralsMade: 0, referralsConverted: 0 }, figures);
  }
}
