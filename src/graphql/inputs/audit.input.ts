import { IsOptional } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from '../../audit/audit-trail';
import { IsEntityId } from '../rules';

@InputType({ description: 'Which audit events to list; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this member of staff did.' })
  @IsOptional()
  @IsEntityId()
  staffId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events that touched this id (a person read, or an id a write named).' })
  @IsOptional()
  @IsEntityId()
  targetId?: string;

  @Field(() => AuditAction, { nullable: true, description: 'Only reads, or only writes.' })
  action?: AuditAction;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only events at or after this time.' })
  since?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only events at or before this time.' })
  until?: Date;
}
