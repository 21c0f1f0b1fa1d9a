import 'reflect-metadata';
import './enums';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { HouseholdResolver } from './resolvers/household.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { ProductResolver } from './resolvers/product.resolver';
import { ReferralResolver } from './resolvers/referral.resolver';
import { BranchResolver, StaffResolver } from './resolvers/staff.resolver';
import { TieResolver } from './resolvers/tie.resolver';
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
] as const;

/** Builds the executable schema from the resolver classes. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validateFn: validateInput });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real API changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
