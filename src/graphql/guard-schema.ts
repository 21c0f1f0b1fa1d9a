import {
  defaultFieldResolver,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { operationRules } from '../auth/operation-rules';
import type { Context } from '../context';
import { recordAuditEventsIn } from '../db/audit';
import { isFieldShown, PersonAccess } from '../domain/person-access';
import type { PersonRecord } from '../domain/records';
import { toConnection } from './connection';
import { pseudonymiseIds } from './person-ids';

type Resolver = GraphQLFieldResolver<unknown, Context>;

const emptyConnection = toConnection({ items: [], hasMore: false }, { direction: 'forward', cursor: null }, () => null, async () => 0);

/** Fields that say nothing about the person themself: reading them is not reading their record. */
const recordFreeFields = new Set(['id', 'access', '__typename']);

/**
 * Applies the privacy rules where the schema is executed, so no resolver can
 * forget them: every query and mutation passes its role rule first; every
 * Person field, wherever the person appears (nested fields, connections,
 * chains, paths, evidence, churn lists), shows only what the viewer's access
 * allows; figures about a person shown beside them follow that person's
 * access; a household's name follows its head's; analysts see and give
 * person ids as tokens only; and every mutation writes its audit line in its
 * own transaction.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const person = schema.getType('Person') as GraphQLObjectType;
  for (const field of Object.values(person.getFields())) guardPersonField(field);
  // Figures and details shown beside persons follow what the viewer may see of those persons.
  guardFieldsByPersons(schema, 'ChurnExposedClient', ['aum', 'aumAtRisk'], 'aum', (row: { client: PersonRecord }) => [row.client]);
  const householdMembers = async (household: { id: string }, { loaders }: Context) =>
    (await loaders.membersOfHousehold.load(household.id)).map((row) => row.person);
  guardFieldsByPersons(schema, 'Household', ['address'], 'address', householdMembers);
  // Who lives with whom is a tie: shown to whoever sees the ties of one member at least.
  guardFieldsByPersons(schema, 'Household', ['members'], 'family', householdMembers);
  const theInteractionsPerson = personNamedBy((row: { personId: string }) => row.personId);
  guardFieldsByPersons(schema, 'Interaction', ['note'], 'notes', theInteractionsPerson);
  guardFieldsByPersons(schema, 'Interaction', ['satisfaction'], 'satisfaction', theInteractionsPerson);
  guardFieldsByPersons(schema, 'Referral', ['note'], 'notes', personNamedBy((row: { refereeId: string }) => row.refereeId));
  guardHouseholdName(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) checkFirst(type!.name as 'Query' | 'Mutation', field);
  }
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) auditMutation(field);
  // Last, so operation rules, resolvers and the audit all see real ids.
  pseudonymiseIds(schema, withheldValue);
  return schema;
}

/** A household's name often is its head's ("李珈家庭"): it follows what the viewer may see of the head. */
function guardHouseholdName(schema: GraphQLSchema): void {
  const field = (schema.getType('Household') as GraphQLObjectType).getFields().name;
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = async (household, args, context, info) =>
    context.people.householdName({ id: (household as { id: string }).id, name: await resolve(household, args, context, info) });
}

/** Runs the operation's rule (src/auth/operation-rules.ts) before its resolver; an operation without one fails the build. */
function checkFirst(typeName: 'Query' | 'Mutation', field: GraphQLField<unknown, Context>): void {
  const rule = operationRules[typeName][field.name];
  if (!rule) throw new Error(`${typeName}.${field.name} has no rule in src/auth/operation-rules.ts: say who may run it`);
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, context, info) => {
    await rule(args, context);
    return resolve(source, args, context, info);
  };
}

/** The person a row names by id, for guardFieldsByPersons. */
function personNamedBy<T>(idOf: (row: T) => string) {
  return async (row: T, { loaders }: Context): Promise<PersonRecord[]> => {
    const person = await loaders.personById.load(idOf(row));
    return person ? [person] : [];
  };
}

function guardPersonField(field: GraphQLField<unknown, Context>): void {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  const withheld = isFieldShown(PersonAccess.MASKED, field.name) ? null : withheldValue(field, 'Person');
  const readsRecord = !recordFreeFields.has(field.name);
  field.resolve = (person, args, context, info) => {
    const record = person as PersonRecord;
    const resolveAt = (access: PersonAccess): unknown => {
      if (!isFieldShown(access, field.name)) return withheld;
      if (access !== PersonAccess.FULL) return resolve(context.people.seenAt(record, access), args, context, info);
      if (readsRecord) context.audit.sawFullRecord(record.id);
      return resolve(record, args, context, info);
    };
    const access = context.people.accessTo(record);
    return access instanceof Promise ? access.then(resolveAt) : resolveAt(access);
  };
}

/**
 * Fields of another type that tell something about persons: shown when the
 * viewer may see `personField` of at least one of them (a household's address
 * to anyone who sees a member whole), else withheld.
 */
function guardFieldsByPersons<T>(
  schema: GraphQLSchema,
  typeName: string,
  fieldNames: string[],
  personField: string,
  personsOf: (row: T, context: Context) => PersonRecord[] | Promise<PersonRecord[]>,
): void {
  const type = schema.getType(typeName) as GraphQLObjectType;
  for (const name of fieldNames) {
    const field = type.getFields()[name];
    const resolve: Resolver = field.resolve ?? defaultFieldResolver;
    const withheld = withheldValue(field, typeName);
    field.resolve = async (row, args, context, info) => {
      const persons = await personsOf(row as T, context);
      const accesses = await Promise.all(persons.map((person) => context.people.accessTo(person)));
      return accesses.some((access) => isFieldShown(access, personField)) ? resolve(row, args, context, info) : withheld;
    };
  }
}

function auditMutation(field: GraphQLField<unknown, Context>): void {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) =>
    context.db.withBeforeCommit(
      (scope, result) => recordAuditEventsIn(scope, [context.audit.writeEvent(info.fieldName, args, result)]),
      () => resolve(source, args, context, info),
    );
}

/**
 * What a withheld field reads as: an empty list or connection, or null; any
 * other non-null field could not be withheld, so building the schema fails.
 */
function withheldValue(field: GraphQLField<unknown, Context>, typeName: string): unknown {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type)) return [];
  if (isObjectType(type) && type.name.endsWith('Connection')) return emptyConnection;
  if (isNonNullType(field.type)) {
    throw new Error(`${typeName}.${field.name} must be nullable: viewers without access read it as null`);
  }
  return null;
}
