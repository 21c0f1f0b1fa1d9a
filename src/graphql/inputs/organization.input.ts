import { IsOptional, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEntityId, IsMoney } from '../rules';
import { DecimalScalar } from '../scalars/decimal.scalar';

@InputType({ description: 'An organization to create, or to update by id.' })
export class UpsertOrganizationInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; omitted, one is made.' })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ description: 'Registered name.' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field({ nullable: true, description: 'Industry.' })
  @IsOptional()
  @MaxLength(100)
  industry?: string;

  @Field(() => Int, { nullable: true, description: 'Declared number of employees.' })
  @IsOptional()
  @Min(0)
  employeeCount?: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Registered capital in CNY.' })
  @IsMoney()
  registeredCapital?: string;

  @Field({ nullable: true, description: 'Whether it is a corporate client of the bank.' })
  isClient?: boolean;
}

@InputType({ description: 'Records that a person works at an organization; repeating it updates title and key-person flag.' })
export class SetEmploymentInput {
  @Field(() => ID, { description: 'The employee.' })
  @IsEntityId()
  personId!: string;

  @Field(() => ID, { description: 'The employer.' })
  @IsEntityId()
  organizationId!: string;

  @Field({ nullable: true, description: 'Job title.' })
  @IsOptional()
  @MaxLength(100)
  title?: string;

  @Field({ defaultValue: false, description: 'A decision maker or influential member of staff.' })
  keyPerson!: boolean;
}

@InputType({ description: 'Which organizations to list; all given conditions must hold.' })
export class OrganizationFilter {
  @Field({ nullable: true, description: 'Only organizations whose registered name contains this text, e.g. "科技".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Only corporate clients of the bank (true), or only organizations that are none (false).' })
  isClient?: boolean;

  @Field({ nullable: true, description: 'Only organizations in exactly this industry, e.g. "制造业".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  industry?: string;
}

@InputType({ description: "Ends a person's current employment at an organization; it is kept as past employment." })
export class EndEmploymentInput {
  @Field(() => ID, { description: 'The employee.' })
  @IsEntityId()
  personId!: string;

  @Field(() => ID, { description: 'The employer they leave.' })
  @IsEntityId()
  organizationId!: string;
}
