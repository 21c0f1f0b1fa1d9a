import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLID,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import type { Context } from '../context';
import { ClientKind, ReferrerKind } from '../domain/model';
import { isPseudonymousId } from '../domain/pseudonymous-ids';
import type { PersonRecord } from '../domain/records';
import { badInput } from '../errors';

type Resolver = GraphQLFieldResolver<unknown, Context>;

/**
 * What an ID argument or input field names, by its name: a person, or
 * something that is a person, a member of staff or an organization. Every
 * other ID name must be listed as naming no person, so a new argument is
 * classified before the schema builds.
 */
const personIdNames = new Set(['personId', 'prospectId', 'refereeId', 'relativeId', 'acquaintanceId', 'targetId']);
const eitherIdNames = new Set(['rootId', 'referrerId', 'holderId', 'clientId']);
const otherIdNames = new Set(['staffId', 'fromStaffId', 'assignedStaffId', 'managerId', 'branchId', 'householdId', 'organizationId', 'productId', 'holdsProductId']);
/** `id` names a person only here; everywhere else it is the id of the field's own kind of record. */
const personIdCoordinates = new Set(['Query.person.id', 'UpsertPersonInput.id']);
/** `node(id:)` and `nodes(ids:)` take any object's id: a person's token, or the id of something else. */
const eitherIdCoordinates = new Set(['Query.node.id', 'Query.nodes.ids']);
/** An id beside a field saying which kind it is names a person exactly when that field says PERSON. */
const kindFieldOf: Record<string, string> = { referrerId: 'referrerKind', holderId: 'holderKind', clientId: 'clientKind' };
const PERSON_KIND: string = ReferrerKind.PERSON;
if (PERSON_KIND !== ClientKind.PERSON) throw new Error('referrerKind, holderKind and clientKind must spell PERSON alike');

type IdShape =
  | { kind: 'person' }
  /** A person's token, or an id of staff or an organization (a real person id there names nobody). */
  | { kind: 'either' }
  | { kind: 'input'; fields: Map<string, IdShape>; kindFields: Map<string, string> };

/** Answered instead of running the field (rule and resolver: it shows nothing), when an analyst's id named a person by their real id. */
const NAMES_NOBODY = Symbol('names nobody');

/**
 * Analysts are shown and give person ids as tokens (src/domain/pseudonymous-ids.ts).
 * Applied where the schema is executed, so no resolver can forget it:
 * `Person.id` reads as the token; every argument naming a person is turned
 * back into the real id before the operation's rule and resolver run, and a
 * real id or a forged token in its place is refused (BAD_USER_INPUT, the
 * same answer whatever the id, so it tells nothing); where an id may also
 * name staff or an organization, a real person id is answered as an unknown
 * one (`unknownAnswer`); and messages echoing an id show its token.
 */
export function pseudonymiseIds(schema: GraphQLSchema, unknownAnswer: (field: GraphQLField<unknown, Context>, typeName: string) => unknown): void {
  showTokens(schema.getType('Person') as GraphQLObjectType, 'id', (person, context) => context.people.shownId((person as PersonRecord).id));
  showTokens(schema.getType('UserError') as GraphQLObjectType, 'message', (error, context) =>
    context.people.inWords((error as { message: string }).message),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) takeTokens(type.name, field, unknownAnswer);
  }
}

function showTokens(type: GraphQLObjectType, fieldName: string, shown: (source: unknown, context: Context) => unknown): void {
  const field = type.getFields()[fieldName];
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => (context.people.pseudonymises ? shown(source, context) : resolve(source, args, context, info));
}

function takeTokens(
  typeName: string,
  field: GraphQLField<unknown, Context>,
  unknownAnswer: (field: GraphQLField<unknown, Context>, typeName: string) => unknown,
): void {
  const shapes = new Map<string, IdShape>();
  for (const arg of field.args) {
    const shape = shapeOf(arg.type, arg.name, `${typeName}.${field.name}.${arg.name}`, new Map());
    if (shape) shapes.set(arg.name, shape);
  }
  if (shapes.size === 0) return;
  const args: IdShape = { kind: 'input', fields: shapes, kindFields: new Map() };
  const unknown = mentionsEither(args) ? unknownAnswer(field, typeName) : undefined;
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, given, context, info) => {
    if (!context.people.pseudonymises) return resolve(source, given, context, info);
    const real = await realIds(given, args, '', context);
    if (real === NAMES_NOBODY) return unknown;
    try {
      return await resolve(source, real as Record<string, unknown>, context, info);
    } catch (error) {
      if (error instanceof GraphQLError) error.message = context.people.inWords(error.message);
      throw error;
    }
  };
}

/** Where person ids sit in a value of this input type; null when nowhere. */
function shapeOf(type: GraphQLInputType, name: string, coordinate: string, seen: Map<string, IdShape | null>): IdShape | null {
  const named = getNamedType(type);
  if (named === GraphQLID) return idShapeOf(name, coordinate);
  if (!isInputObjectType(named)) return null;
  if (seen.has(named.name)) return seen.get(named.name) ?? null;
  seen.set(named.name, null);
  const fields = new Map<string, IdShape>();
  const kindFields = new Map<string, string>();
  const inputFields = named.getFields();
  for (const inner of Object.values(inputFields)) {
    let shape = shapeOf(inner.type, inner.name, `${named.name}.${inner.name}`, seen);
    const kindField = kindFieldOf[inner.name];
    if (shape?.kind === 'either' && kindField && inputFields[kindField]) {
      kindFields.set(inner.name, kindField);
      shape = { kind: 'person' };
    }
    if (shape) fields.set(inner.name, shape);
  }
  const shape: IdShape | null = fields.size > 0 ? { kind: 'input', fields, kindFields } : null;
  seen.set(named.name, shape);
  return shape;
}

function idShapeOf(name: string, coordinate: string): IdShape | null {
  if (eitherIdCoordinates.has(coordinate)) return { kind: 'either' };
  if (name === 'id') return personIdCoordinates.has(coordinate) ? { kind: 'person' } : null;
  if (personIdNames.has(name)) return { kind: 'person' };
  if (eitherIdNames.has(name)) return { kind: 'either' };
  if (otherIdNames.has(name)) return null;
  throw new Error(`${coordinate} is an ID src/graphql/person-ids.ts does not know: say whether it names a person`);
}

function mentionsEither(shape: IdShape): boolean {
  return shape.kind === 'either' || (shape.kind === 'input' && [...shape.fields.values()].some(mentionsEither));
}

/** The value with every person token turned into the real id; NAMES_NOBODY when a real person id stood where staff could. */
async function realIds(value: unknown, shape: IdShape, path: string, context: Context): Promise<unknown> {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    const items = await Promise.all(value.map((item, i) => realIds(item, shape, `${path}[${i}]`, context)));
    return items.includes(NAMES_NOBODY) ? NAMES_NOBODY : items;
  }
  if (shape.kind === 'input') {
    const object = { ...(value as Record<string, unknown>) };
    for (const [key, inner] of shape.fields) {
      const kindField = shape.kindFields.get(key);
      if (!(key in object) || (kindField && object[kindField] !== PERSON_KIND)) continue;
      const real = await realIds(object[key], inner, path ? `${path}.${key}` : key, context);
      if (real === NAMES_NOBODY) return NAMES_NOBODY;
      object[key] = real;
    }
    return object;
  }
  const given = String(value);
  if (shape.kind === 'either' && !isPseudonymousId(given)) {
    return (await context.loaders.personById.load(given)) ? NAMES_NOBODY : given;
  }
  const personId = context.people.personIdFrom(given);
  if (personId === null) {
    throw badInput(path, 'is not an id you were given: analysts name persons by their pseudonymous ids (anon_…).');
  }
  return personId;
}
