import { ArrayMaxSize, IsEmail, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ClientTier, Gender, OrderDirection, PersonOrderField, PersonStatus, ProspectGrade, RiskLevel } from '../../domain/model';
import { IsEntityId, IsMoney } from '../rules';
import { DecimalScalar } from '../scalars/decimal.scalar';

@InputType({ description: 'A person to create, or to update by id. Fields left out keep their stored value; a new person needs a name.' })
export class UpsertPersonInput {
  @Field(() => ID, { nullable: true, description: 'Keep your own client number as the id; omitted, one is made.' })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ nullable: true, description: 'Full name; required to create a person (else a REQUIRED user error on `name`), left out to keep it.' })
  @ValidateIf((input: UpsertPersonInput) => input.name !== undefined)
  @IsString({ message: 'name may be left out, but not null: a person keeps a name' })
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field(() => PersonStatus, { nullable: true, description: 'Defaults to PROSPECT for a new person.' })
  status?: PersonStatus;

  @Field(() => ClientTier, { nullable: true, description: 'CRM tier.' })
  tier?: ClientTier;

  @Field(() => ProspectGrade, { nullable: true, description: 'Prospect grade A–C.' })
  prospectGrade?: ProspectGrade;

  @Field(() => RiskLevel, { nullable: true, description: 'Highest suitable product risk level, from the risk assessment.' })
  riskProfile?: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 0–10.' })
  @IsOptional()
  @Min(0)
  @Max(10)
  satisfaction?: number;

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  gender?: Gender;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of birth, "YYYY-MM-DD".' })
  birthDate?: string;

  @Field({ nullable: true, description: 'Phone number.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string;

  @Field({ nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @Field({ nullable: true, description: 'Postal address.' })
  @IsOptional()
  @MaxLength(300)
  address?: string;

  @Field({ nullable: true, description: 'Occupation.' })
  @IsOptional()
  @MaxLength(100)
  occupation?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When staff last contacted the person.' })
  lastContactAt?: Date;

  @Field({ nullable: true, description: 'True: never use this person to introduce others.' })
  introductionsOptOut?: boolean;
}

@InputType({ description: 'Whether a person may be asked to introduce others (or be a step on an introduction path).' })
export class SetIntroductionsOptOutInput {
  @Field(() => ID, { description: 'The person.' })
  @IsEntityId()
  personId!: string;

  @Field({ description: 'True: never use this person to introduce anyone (the same flag as Person.introductionsOptOut); false: they may be asked again.' })
  introductionsOptOut!: boolean;
}

@InputType({ description: 'Which persons to list; all given conditions must hold.' })
export class PersonFilter {
  @Field(() => PersonStatus, { nullable: true, description: 'Only persons with this status.' })
  status?: PersonStatus;

  @Field(() => ClientTier, { nullable: true, description: 'Only persons in this tier.' })
  tier?: ClientTier;

  @Field(() => ID, { nullable: true, description: 'Only clients managed by this member of staff.' })
  @IsOptional()
  @IsEntityId()
  managerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only clients whose manager is based at this branch.' })
  @IsOptional()
  @IsEntityId()
  branchId?: string;

  @Field({ nullable: true, description: 'Only persons whose name contains this text, e.g. "王".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  search?: string;

  @Field(() => [RiskLevel], { nullable: true, description: 'Only persons with one of these risk profiles.' })
  @IsOptional()
  @ArrayMaxSize(5)
  riskProfiles?: RiskLevel[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Only persons with at least this AUM (CNY, inclusive).' })
  @IsOptional()
  @IsMoney()
  aumMin?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Only persons with at most this AUM (CNY, inclusive).' })
  @IsOptional()
  @IsMoney()
  aumMax?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only persons last contacted at or after this time.' })
  @IsOptional()
  lastContactFrom?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only persons last contacted before this time (never-contacted persons are left out).' })
  @IsOptional()
  lastContactBefore?: Date;

  @Field(() => ID, { nullable: true, description: 'Only persons with an ACTIVE holding of this product.' })
  @IsOptional()
  @IsEntityId()
  holdsProductId?: string;
}

@InputType({ description: 'How to sort a list of persons; ties are broken by id, in the same direction.' })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: 'What to sort by.' })
  field!: PersonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (the default) or descending.' })
  direction!: OrderDirection;
}
