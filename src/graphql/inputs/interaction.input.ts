import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InteractionKind, NOTE_MAX_LENGTH } from '../../domain/interactions';
import { IsEntityId } from '../rules';

@InputType({ description: 'A contact between staff and a person, to add to the contact history.' })
export class RecordInteractionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own id for the interaction; a retry with the same id returns the one already recorded. Omitted, one is made.',
  })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field(() => ID, { description: 'The person the contact was with.' })
  @IsEntityId()
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The member of staff who had the contact.' })
  @IsOptional()
  @IsEntityId()
  staffId?: string;

  @Field(() => InteractionKind, { description: 'How the contact was made.' })
  kind!: InteractionKind;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it happened; now when omitted. Not in the future (5 minutes of clock skew allowed).',
  })
  at?: Date;

  @Field({ nullable: true, description: `What was said or agreed, at most ${NOTE_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 0–10, if assessed during the contact.' })
  @IsOptional()
  @Min(0)
  @Max(10)
  satisfaction?: number;
}
