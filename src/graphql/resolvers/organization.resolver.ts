import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { upsertRechecks } from '../../auth/operation-rules';
import { fullRecordScope } from '../../auth/scopes';
import { countOrganizations, endEmployment, findOrganizationsPage, setEmployment, upsertOrganization } from '../../db/organizations';
import type { OrganizationRecord } from '../../domain/records';
import { ConnectionArgs, decodeCursor, decodePersonCursor, isIdCursor, listConnection, pageWindow, toConnection } from '../connection';
import { holdingKey } from '../list-keys';
import { EndEmploymentInput, OrganizationFilter, SetEmploymentInput, UpsertOrganizationInput } from '../inputs/organization.input';
import { NOT_PRESENT_RULE, payloadOf, succeeded, toPayload } from '../payload';
import { EmployeeConnection, Organization, OrganizationConnection } from '../types/organization.type';
import { Person } from '../types/person.type';
import { HoldingConnection } from '../types/product.type';
import { Staff } from '../types/staff.type';

const UpsertOrganizationPayload = payloadOf(
  'UpsertOrganizationPayload',
  'organization',
  () => Organization,
  'The organization as stored.',
);
const SetEmploymentPayload = payloadOf('SetEmploymentPayload', 'person', () => Person, 'The employee; see `employments`.');
const EndEmploymentPayload = payloadOf('EndEmploymentPayload', 'person', () => Person, 'The former employee; `employments` no longer lists the employer.');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization by id; null if there is none.' })
  organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.organizationById.load(id);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations matching the filter (employers and corporate clients), in id order.' })
  async organizations(
    @Ctx() { db }: Context,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which organizations; omitted, all of them.' }) filter?: OrganizationFilter,
  ) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isIdCursor, field));
    const page = await findOrganizationsPage(db, filter ?? {}, window);
    return toConnection(page, window, (o) => o.id, () => countOrganizations(db, filter ?? {}));
  }

  @Mutation(() => UpsertOrganizationPayload, { description: 'Creates an organization, or updates one by id.' })
  async upsertOrganization(@Arg('input', () => UpsertOrganizationInput) input: UpsertOrganizationInput, @Ctx() { db, viewer }: Context) {
    return succeeded('organization', await upsertOrganization(db, input, viewer.staffId, upsertRechecks(viewer).organization));
  }

  @Mutation(() => SetEmploymentPayload, {
    description: 'Records that a person works at an organization now; after endEmployment, a new current employment (the ended one stays as history).',
  })
  async setEmployment(@Arg('input', () => SetEmploymentInput) input: SetEmploymentInput, @Ctx() { db }: Context) {
    const outcome = await setEmployment(db, input.personId, input.organizationId, input.title ?? null, input.keyPerson);
    return toPayload('person', outcome.ok ? { ok: true, value: outcome.value.person } : outcome);
  }

  @Mutation(() => EndEmploymentPayload, {
    description:
      "Ends a person's current employment (undoes setEmployment). It is kept in the graph as past employment with the day it ended, " +
      `not forgotten; Person.employments, Organization.employees and employee prospects show current employment only. ${NOT_PRESENT_RULE}`,
  })
  async endEmployment(@Arg('input', () => EndEmploymentInput) input: EndEmploymentInput, @Ctx() { db }: Context) {
    const outcome = await endEmployment(db, input.personId, input.organizationId);
    return toPayload('person', outcome.ok ? { ok: true, value: outcome.value.person } : outcome);
  }

  @FieldResolver(() => EmployeeConnection, {
    description: 'People in the graph who work here now (not those whose employment ended) whose records the viewer sees in full (analysts: everyone, pseudonymised), in id order.',
  })
  async employees(@Root() organization: OrganizationRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders, people }: Context) {
    const window = pageWindow(paging, (cursor, field) => decodePersonCursor(cursor, people, field));
    const page = await loaders.employeePage.load({ organizationId: organization.id, window, scope: fullRecordScope(people.viewer) });
    return toConnection(page, window, (row) => people.shownId(row.person.id), async () => page.totalCount);
  }

  @FieldResolver(() => HoldingConnection, { description: 'Products the organization holds as a corporate client, open and closed, in product id order.' })
  async holdings(@Root() organization: OrganizationRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders }: Context) {
    return listConnection(await loaders.holdingsOfOrganization.load(organization.id), paging, holdingKey);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The corporate client's relationship manager." })
  async manager(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return (await loaders.managerOfOrganization.load(organization.id))?.staff ?? null;
  }
}
