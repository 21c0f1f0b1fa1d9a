import { Node } from './node.type';
import { Field, ID, ObjectType } from 'type-graphql';
import { HouseholdRole } from '../../domain/model';
import type { HouseholdRecord, PersonRecord } from '../../domain/records';
import { Person } from './person.type';
import { connectionOf } from '../connection';

@ObjectType({ implements: Node, description: 'A household: people whose wealth and needs are planned together.' })
export class Household implements HouseholdRecord {
  @Field(() => ID, { description: "The household's id." })
  id!: string;

  @Field({
    description:
      'A name for the household, e.g. "王伟家庭"; masked ("王*家庭") unless the viewer sees its head in full, ' +
      'and a stable pseudonym ("Household 3F2A9C1B") for analysts.',
  })
  name!: string;

  @Field(() => String, { nullable: true, description: "The household's address." })
  address!: string | null;
}

@ObjectType({ description: 'A person in a household, with their role.' })
export class HouseholdMember {
  @Field(() => HouseholdRole, { description: "The person's role in the household." })
  role!: HouseholdRole;

  @Field(() => Person, { description: 'The member.' })
  person!: PersonRecord;
}

@ObjectType({ description: "A person's household and their role in it." })
export class HouseholdMembership {
  @Field(() => HouseholdRole, { description: "The person's role in the household." })
  role!: HouseholdRole;

  @Field(() => Household, { description: 'The household.' })
  household!: HouseholdRecord;
}

export const HouseholdMemberConnection = connectionOf(HouseholdMember, 'HouseholdMember', 'household member');

export const HouseholdConnection = connectionOf(Household, 'Household', 'household');
