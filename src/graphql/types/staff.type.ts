import { Node } from './node.type';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '../../domain/model';
import type { BranchRecord, StaffRecord } from '../../domain/records';
import { connectionOf } from '../connection';

@ObjectType({ implements: Node, description: 'A bank branch.' })
export class Branch implements BranchRecord {
  @Field(() => ID, { description: "The branch's id." })
  id!: string;

  @Field({ description: 'Branch name, e.g. "浦东支行".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;
}

@ObjectType({ implements: Node, description: 'A member of staff: relationship manager, lobby manager, teller, branch head …' })
export class Staff implements StaffRecord {
  @Field(() => ID, { description: "The staff member's id." })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => StaffRole, { description: 'Job at the bank.' })
  role!: StaffRole;

  @Field({ description: 'False once deactivated (left, suspended): their tokens are refused within STAFF_CACHE_MS.' })
  active!: boolean;

  branchId!: string | null;
}

export const StaffConnection = connectionOf(Staff, 'Staff', 'member of staff');
