import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditAction } from '../../audit/audit-trail';
import { StaffRole } from '../../domain/model';
import { connectionOf } from '../connection';

@ObjectType({ description: 'One line of the audit trail: a read of full personal records, or a write.' })
export class AuditEvent {
  @Field(() => ID, { description: 'The event id.' })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When it happened (for reads, when the answer was sent).' })
  at!: Date;

  @Field(() => ID, { description: 'Who: the staff id from the token.' })
  staffId!: string;

  @Field(() => StaffRole, { description: 'Their role at the time.' })
  role!: StaffRole;

  @Field(() => AuditAction, { description: 'READ of full personal records, DERIVED figures shown, or WRITE.' })
  action!: AuditAction;

  @Field({ description: 'The GraphQL operation name (reads) or the mutation (writes).' })
  operation!: string;

  @Field(() => [ID], { description: 'Which ids: the persons read in full, those whose figures went into a derived figure, or the ids a write named and returned.' })
  targetIds!: string[];

  @Field({ description: 'The request id, as in the logs and the x-request-id header.' })
  requestId!: string;
}

export const AuditEventConnection = connectionOf(AuditEvent, 'AuditEvent', 'audit event');
