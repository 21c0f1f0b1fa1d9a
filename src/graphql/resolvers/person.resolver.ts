import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPersonOrder, scopePersonFilter } from '../../auth/scopes';
import type { Context } from '../../context';
import { upsertRechecks } from '../../auth/operation-rules';
import { countPersons, findOrderedPersonsPage, findPersonsPage, upsertPerson } from '../../db/persons';
import { OrderDirection, PersonOrderField } from '../../domain/model';
import { PersonAccess } from '../../domain/person-access';
import type { PersonRecord } from '../../domain/records';
import { PAGE_RELATIONS, pagePersonFields, primePersonRelations } from '../../loaders/prime-person-page';
import { ConnectionArgs, decodeOrderedPersonCursor, decodePersonCursor, listConnection, pageWindow, toConnection } from '../connection';
import { holdingKey, newestFirst } from '../list-keys';
import { PersonFilter, PersonOrder, UpsertPersonInput } from '../inputs/person.input';
import { payloadOf, toPayload } from '../payload';
import { selectedFieldsAt } from '../selection';
import { HouseholdMembership } from '../types/household.type';
import { Employment } from '../types/organization.type';
import { PersonConnection, Person } from '../types/person.type';
import { HoldingConnection } from '../types/product.type';
import { ReferralConnection } from '../types/referral.type';
import { Staff } from '../types/staff.type';
import { AcquaintanceConnection, FamilyTieConnection } from '../types/tie.type';

const UpsertPersonPayload = payloadOf('UpsertPersonPayload', 'person', () => Person, 'The person as stored.');

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null if there is none.' })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<PersonRecord | null> {
    return loaders.personById.load(id);
  }

  @Query(() => PersonConnection, { description: 'Persons matching the filter, in id order or as orderBy sorts them, a page at a time.' })
  async persons(
    @Ctx() { db, loaders, people, viewer }: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter,
    @Arg('orderBy', () => PersonOrder, { nullable: true, description: 'How to sort; ascending by id when omitted.' }) orderBy?: PersonOrder,
  ) {
    const selected = selectedFieldsAt(info, ['edges', 'node']);
    const scoped = scopePersonFilter(viewer, filter ?? {});
    const relations = PAGE_RELATIONS.filter((name) => selected.has(name));
    const fields = pagePersonFields(selected);
    const countTotal = () => countPersons(db, scoped);
    if (!orderBy || (orderBy.field === PersonOrderField.ID && orderBy.direction === OrderDirection.ASC)) {
      const window = pageWindow(paging, (cursor, field) => decodePersonCursor(cursor, people, field));
      const page = await findPersonsPage(db, scoped, window, relations, fields);
      primePersonRelations(loaders, page);
      return toConnection(page, window, (p) => people.shownId(p.id), countTotal);
    }
    checkPersonOrder(viewer, orderBy.field);
    const byId = orderBy.field === PersonOrderField.ID;
    const window = pageWindow(paging, (cursor, field) => decodeOrderedPersonCursor(cursor, people, field, byId));
    const page = await findOrderedPersonsPage(db, scoped, orderBy, window, relations, fields);
    primePersonRelations(loaders, page);
    const cursorOf = (p: PersonRecord) => [byId ? people.shownId(p.id) : page.orderKeys.get(p.id), people.shownId(p.id)];
    return toConnection(page, window, cursorOf, countTotal);
  }

  @Mutation(() => UpsertPersonPayload, {
    description: 'Creates a person, or updates one by id keeping the fields left out; a new person needs a name (else REQUIRED on `name`).',
  })
  async upsertPerson(@Arg('input', () => UpsertPersonInput) input: UpsertPersonInput, @Ctx() { db, viewer }: Context) {
    return toPayload('person', await upsertPerson(db, input, viewer.staffId, upsertRechecks(viewer).person));
  }

  @FieldResolver(() => PersonAccess, {
    description:
      'How much of this person the viewer may see: FULL, PSEUDONYMISED (analysts: no name or contact details) or MASKED ' +
      '(id and a masked name only; every other field null or empty).',
  })
  access(@Root() person: PersonRecord, @Ctx() { people }: Context) {
    return people.accessTo(person);
  }

  @FieldResolver(() => HouseholdMembership, { nullable: true, description: "The person's household and role in it." })
  household(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    return loaders.householdOfPerson.load(person.id);
  }

  @FieldResolver(() => [Employment], { description: "The person's current employers, with title and key-person flag (ended employments are kept as history, not listed)." })
  employments(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    return loaders.employmentsOfPerson.load(person.id);
  }

  @FieldResolver(() => FamilyTieConnection, { description: 'Family ties: spouse, parents, children, siblings, relatives; in order of the relative\'s id.' })
  async family(@Root() person: PersonRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders, people }: Context) {
    return listConnection(await loaders.familyOfPerson.load(person.id), paging, (tie) => [people.shownId(tie.relative.id)]);
  }

  @FieldResolver(() => AcquaintanceConnection, { description: 'People the person knows, strongest ties first, then by id.' })
  async acquaintances(@Root() person: PersonRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders, people }: Context) {
    const rows = await loaders.acquaintancesOfPerson.load(person.id);
    const ties = rows.map((row) => ({ kind: row.kind, strength: row.strength, person: row.acquaintance }));
    return listConnection(ties, paging, (tie) => [-tie.strength, people.shownId(tie.person.id)]);
  }

  @FieldResolver(() => HoldingConnection, { description: 'Products the person holds, open and closed, in product id order.' })
  async holdings(@Root() person: PersonRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders }: Context) {
    return listConnection(await loaders.holdingsOfPerson.load(person.id), paging, holdingKey);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The person's relationship or wealth manager." })
  async manager(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    return (await loaders.managerOfPerson.load(person.id))?.staff ?? null;
  }

  @FieldResolver(() => ReferralConnection, { description: 'Referrals this person made, newest first.' })
  async referralsMade(@Root() person: PersonRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders }: Context) {
    const rows = await loaders.referralsMadeByPerson.load(person.id);
    return listConnection(rows.map((row) => row.referral), paging, newestFirst);
  }

  @FieldResolver(() => ReferralConnection, { description: 'Referrals of this person, newest first.' })
  async referralsReceived(@Root() person: PersonRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders }: Context) {
    const rows = await loaders.referralsReceivedByPerson.load(person.id);
    return listConnection(rows.map((row) => row.referral), paging, newestFirst);
  }
}
