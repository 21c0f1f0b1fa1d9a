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

@InputType({ description: 'Which households to list.' })
export class HouseholdFilter {
  @Field({
    nullable: true,
    description:
      'Only households whose name contains this text, e.g. "王". It finds only households whose name you see in full ' +
      "(their head's record, or without a head every member's), so a search never tells what a masked name hides; analysts may not search.",
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

@InputType({ description: 'Takes a person out of a household; the household stays, even if empty.' })
export class RemoveHouseholdMemberInput {
  @Field(() => ID, { description: 'The household.' })
  @IsEntityId()
  householdId!: string;

  @Field(() => ID, { description: 'The person leaving.' })
  @IsEntityId()
  personId!: string;
}
