import fs from 'node:fs';
import { GraphQLSchema, isInputObjectType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { createSchema, printSortedSchema } from '../../../src/graphql/schema';
import { schemaFile } from '../../../src/paths';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('the GraphQL schema', () => {
  it('is in step with schema/schema.graphql (run `npm run schema` after an API change)', () => {
    expect(printSortedSchema(schema)).toBe(fs.readFileSync(schemaFile, 'utf8'));
  });

  it('describes every type and field', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
      if (!type.description && !isRoot) undescribed.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('keeps the contract names front-end teams rely on', () => {
    const queries = Object.keys(schema.getQueryType()!.getFields());
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(queries).toEqual(
      expect.arrayContaining(['person', 'persons', 'household', 'organization', 'staff', 'product', 'referral', 'referrals']),
    );
    expect(mutations).toEqual(
      expect.arrayContaining([
        'upsertPerson',
        'upsertHousehold',
        'addHouseholdMember',
        'upsertOrganization',
        'setEmployment',
        'relateFamily',
        'relateAcquaintance',
        'upsertProduct',
        'recordHolding',
        'upsertStaff',
        'assignManager',
        'createReferral',
        'advanceReferral',
      ]),
    );
  });
});
