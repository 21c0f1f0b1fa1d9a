import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ClientKind, StaffRole } from '../../domain/model';
import { IsEntityId } from '../rules';

@InputType({ description: 'A branch to create, or to update by id.' })
export class UpsertBranchInput {
  @Field(() => ID, { nullable: true, description: 'Your own branch code; omitted, one is made.' })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ description: 'Branch name.' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field({ nullable: true, description: 'City.' })
  @IsOptional()
  @MaxLength(100)
  city?: string;
}

@InputType({ description: 'A member of staff to create, or to update by id.' })
export class UpsertStaffInput {
  @Field(() => ID, { nullable: true, description: 'Your own staff number; omitted, one is made.' })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ description: 'Full name.' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => StaffRole, { description: 'Job at the bank.' })
  role!: StaffRole;

  @Field(() => ID, { nullable: true, description: 'The branch they are based at; it must exist. Omitted: unchanged.' })
  @IsOptional()
  @IsEntityId()
  branchId?: string;

  @Field({ nullable: true, description: 'false deactivates them (their tokens are refused), true reactivates. Omitted: unchanged; new staff are active.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'Makes a member of staff the one manager of a client ("one client, one manager").' })
export class AssignManagerInput {
  @Field(() => ClientKind, { defaultValue: ClientKind.PERSON, description: 'PERSON, or ORGANIZATION for a corporate client.' })
  clientKind!: ClientKind;

  @Field(() => ID, { description: "The client: a person's id, or an organization's when clientKind is ORGANIZATION." })
  @IsEntityId()
  clientId!: string;

  @Field(() => ID, { description: 'The relationship or wealth manager.' })
  @IsEntityId()
  staffId!: string;
}

@InputType({ description: 'Which members of staff to list; all given conditions must hold.' })
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: 'Only staff based at this branch.' })
  @IsOptional()
  @IsEntityId()
  branchId?: string;

  @Field(() => StaffRole, { nullable: true, description: 'Only staff in this role.' })
  role?: StaffRole;

  @Field({ nullable: true, description: 'Only active staff (true), or only deactivated ones (false).' })
  active?: boolean;

  @Field({ nullable: true, description: 'Only staff whose name contains this text, e.g. "张".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

@InputType({ description: "Ends a member of staff's management of a client, who is then managed by nobody until assignManager." })
export class UnassignManagerInput {
  @Field(() => ClientKind, { defaultValue: ClientKind.PERSON, description: 'PERSON, or ORGANIZATION for a corporate client.' })
  clientKind!: ClientKind;

  @Field(() => ID, { description: "The client: a person's id, or an organization's when clientKind is ORGANIZATION." })
  @IsEntityId()
  clientId!: string;

  @Field(() => ID, { description: 'Their manager now; if someone else manages them by the time of the write, nothing changes.' })
  @IsEntityId()
  staffId!: string;
}
