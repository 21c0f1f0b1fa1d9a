import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { rankEmployeeProspects } from '../../domain/employee-prospects';
import type { OrganizationRecord } from '../../domain/records';
import { rankedFirst } from '../ranked-first';
import { seenProspectNeighbourhood } from '../seen-records';
import { EmployeeProspect } from '../types/employee-prospect.type';
import { Organization } from '../types/organization.type';

const DEFAULT_PROSPECTS = 10;
const MAX_PROSPECTS = 50;

@Resolver(() => Organization)
export class OrganizationProspectsResolver {
  @FieldResolver(() => [EmployeeProspect], {
    description:
      'Current employees who are not ACTIVE clients (prospects, and dormant or churned clients to win back), ' +
      'warmest first by their ties to ACTIVE clients; batched when many organizations are listed.',
  })
  async employeeProspects(
    @Root() organization: OrganizationRecord,
    @Ctx() { loaders, people, figures }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PROSPECTS, description: 'How many prospects, 1–50.' })
    first?: number,
  ) {
    const size = rankedFirst(first, DEFAULT_PROSPECTS, MAX_PROSPECTS);
    const neighbourhood = await loaders.prospectNeighbourhoodOfOrganization.load(organization.id);
    return neighbourhood ? rankEmployeeProspects(await seenProspectNeighbourhood(people, figures, neighbourhood), size) : [];
  }
}
