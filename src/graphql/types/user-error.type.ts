import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../../domain/model';

@ObjectType({ description: 'A business rule the mutation would have broken; nothing was written.' })
export class UserError {
  @Field({ description: 'The input field at fault, e.g. "refereeId".' })
  field!: string;

  @Field({ description: 'What was wrong and how to fix it.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'A stable code for programs.' })
  code!: UserErrorCode;
}
