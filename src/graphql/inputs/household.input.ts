import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { HouseholdRole } from '../../domain/model';
import { IsEntityId } from '../rules';

@InputType({ description: 'A household to create, or to update by id.' })
export class UpsertHouseholdInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; omitted, one is made.' })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ description: 'A name for the household.' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field({ nullable: true, description: "The household's address." })
  @IsOptional()
  @MaxLength(300)
  address?: string;
}

@InputType({ description: 'Puts a person in a household; a person is in one household at a time.' })
export class AddHouseholdMemberInput {
  @Field(() => ID, { description: 'The household.' })
  @IsEntityId()
  householdId!: string;

  @Field(() => ID, { description: 'The person joining.' })
  @IsEntityId()
  personId!: string;

  @Field(() => HouseholdRole, { description: "The person's role in the household." })
  role!: HouseholdRole;
}
