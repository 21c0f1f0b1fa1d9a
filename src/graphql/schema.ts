import 'reflect-metadata';
import './enums';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AttentionResolver } from './resolvers/attention.resolver';
import { AuditResolver } from './resolvers/audit.resolver';
import { ChurnImpactResolver } from './resolvers/churn-impact.resolver';
import { InteractionResolver, PersonInteractionsResolver } from './resolvers/interaction.resolver';
import { CrossSellResolver } from './resolvers/cross-sell.resolver';
import { HouseholdResolver } from './resolvers/household.resolver';
import { InfluenceResolver } from './resolvers/influence.resolver';
import { OrganizationProspectsResolver } from './resolvers/organization-prospects.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { ProductResolver } from './resolvers/product.resolver';
import {
  PersonReferralFieldsResolver,
  ReferralChainResolver,
  ReferralHopResolver,
  ReferralTreeMemberResolver,
  ReferralTreeResolver,
} from './resolvers/referral-forest.resolver';
import { ReferralResolver } from './resolvers/referral.resolver';
import { BranchResolver, StaffResolver } from './resolvers/staff.resolver';
import { TieResolver } from './resolvers/tie.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { WarmIntroductionResolver } from './resolvers/warm-introduction.resolver';
import { guardSchema } from './guard-schema';
import { validateInput } from './validation';

export const resolvers = [
  ViewerResolver,
  NodeResolver,
  PersonResolver,
  HouseholdResolver,
  OrganizationResolver,
  TieResolver,
  ProductResolver,
  StaffResolver,
  BranchResolver,
  ReferralResolver,
  ReferralChainResolver,
  ReferralHopResolver,
  ReferralTreeResolver,
  ReferralTreeMemberResolver,
  PersonReferralFieldsResolver,
  InfluenceResolver,
  CrossSellResolver,
  OrganizationProspectsResolver,
  WarmIntroductionResolver,
  ChurnImpactResolver,
  InteractionResolver,
  PersonInteractionsResolver,
  AttentionResolver,
  AuditResolver,
] as const;

/** Builds the executable schema from the resolver classes, with the privacy and audit rules applied. */
export async function createSchema(): Promise<GraphQLSchema> {
  return guardSchema(await buildSchema({ resolvers, validateFn: validateInput }));
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real API changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
