import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AcquaintanceKind, FamilyKind } from '../../domain/model';
import { IsEntityId } from '../rules';

@InputType({ description: 'Ends the family tie between two people, whatever its kind; either way round.' })
export class RemoveFamilyTieInput {
  @Field(() => ID, { description: 'The person.' })
  @IsEntityId()
  personId!: string;

  @Field(() => ID, { description: 'Their relative.' })
  @IsEntityId()
  relativeId!: string;
}

@InputType({ description: 'Records a family tie; either way round, it is stored once.' })
export class RelateFamilyInput extends RemoveFamilyTieInput {
  @Field(() => FamilyKind, { description: 'What the relative is to the person (PARENT: the relative is their parent).' })
  kind!: FamilyKind;
}

@InputType({ description: 'Ends the acquaintance tie between two people; either way round.' })
export class RemoveAcquaintanceInput {
  @Field(() => ID, { description: 'One person.' })
  @IsEntityId()
  personId!: string;

  @Field(() => ID, { description: 'The other person.' })
  @IsEntityId()
  acquaintanceId!: string;
}

@InputType({ description: 'Records that two people know each other; repeating it updates kind and strength.' })
export class RelateAcquaintanceInput extends RemoveAcquaintanceInput {
  @Field(() => AcquaintanceKind, { description: 'How they know each other.' })
  kind!: AcquaintanceKind;

  @Field(() => Float, { description: 'Tie strength, greater than 0 and at most 1.' })
  @Min(0.000001, { message: 'strength must be greater than 0' })
  @Max(1)
  strength!: number;
}
