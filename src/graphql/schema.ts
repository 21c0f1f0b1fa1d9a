import 'reflect-metadata';
import './enums';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ChurnImpactResolver } from './resolvers/churn-impact.resolver';
import { CrossSellResolver } from './resolvers/cross-sell.resolver';
import { HouseholdResolver } from './resolvers/household.resolver';
import { InfluenceResolver } from './resolvers/influence.resolver';
import { OrganizationProspectsResolver } from './resolvers/organization-prospects.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
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
import { WarmIntroductionResolver } from './resolvers/warm-introduction.resolver';
import { validateInput } from './validation';

export const resolvers = [
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
] as const;

/** Builds the executable schema from the resolver classes. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validateFn: validateInput });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real API changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
