import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '../../domain/model';

@ObjectType('Viewer', {
  description:
    "Who is asking, as the server sees it: the verified token's staff id, role and branch (what every rule decides by), " +
    'and the staff record they name.',
})
export class ViewerInfo {
  @Field(() => ID, { description: "The member of staff the token was issued to (the token's subject)." })
  staffId!: string;

  @Field(() => StaffRole, { description: 'The role the token grants; the rules of docs/rules.md follow it.' })
  role!: StaffRole;

  branchId!: string | null;
}
