import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InteractionKind, InteractionRecord } from '../../domain/interactions';
import type { PersonRecord } from '../../domain/records';
import { connectionOf } from '../connection';
import { Node } from './node.type';
import { Person } from './person.type';
import { UserError } from './user-error.type';

registerEnumType(InteractionKind, {
  name: 'InteractionKind',
  description: 'How a member of staff was in touch with a person (the contact plans of relationship banking).',
  valuesConfig: {
    CALL: { description: 'A phone call.' },
    MEETING: { description: 'A face-to-face meeting at the branch.' },
    VISIT: { description: "A visit to the client's home or business." },
    MESSAGE: { description: 'A message: text, WeChat, e-mail or letter.' },
    EVENT: { description: 'A salon, seminar or client event the person attended.' },
  },
});

@ObjectType({ implements: Node, description: 'One contact between staff and a person: the contact history that keeps relationships warm.' })
export class Interaction implements Omit<InteractionRecord, 'personId' | 'staffId'> {
  @Field(() => ID, { description: "The interaction's id." })
  id!: string;

  @Field(() => InteractionKind, { description: 'How the contact was made.' })
  kind!: InteractionKind;

  @Field(() => DateTimeResolver, { description: 'When it happened.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'What was said or agreed.' })
  note!: string | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 0–10 assessed during the contact; null if not assessed.' })
  satisfaction!: number | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const InteractionConnection = connectionOf(Interaction, 'Interaction', 'interaction');

@ObjectType({ description: 'Result of recordInteraction: the interaction and the person it moved, or the rules that refused it.' })
export class RecordInteractionPayload {
  @Field(() => Interaction, { nullable: true, description: 'The interaction as stored (on a retry, the one recorded first).' })
  interaction!: InteractionRecord | null;

  @Field(() => Person, { nullable: true, description: 'The person, with lastContactAt and satisfaction as they now stand.' })
  person!: PersonRecord | null;

  @Field(() => [UserError], { description: 'Rule violations; empty when the change was made. Nothing is written when not empty.' })
  userErrors!: UserError[];
}
