import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ClientKind, HoldingStatus, ProductCategory, RiskLevel } from '../../domain/model';
import { IsEntityId, IsMoney } from '../rules';
import { DecimalScalar } from '../scalars/decimal.scalar';

@InputType({ description: 'A product to create, or to update by id.' })
export class UpsertProductInput {
  @Field(() => ID, { nullable: true, description: 'Your own product code; omitted, one is made.' })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ description: 'Product name.' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => ProductCategory, { description: 'The kind of product.' })
  category!: ProductCategory;

  @Field(() => RiskLevel, { description: 'Risk level R1–R5.' })
  riskLevel!: RiskLevel;
}

@InputType({ description: "Closes a client's open holding of a product; it is kept as CLOSED, with its last balance." })
export class CloseHoldingInput {
  @Field(() => ClientKind, { defaultValue: ClientKind.PERSON, description: 'PERSON, or ORGANIZATION for a corporate client.' })
  holderKind!: ClientKind;

  @Field(() => ID, { description: "The client holding the product: a person's id, or an organization's when holderKind is ORGANIZATION." })
  @IsEntityId()
  holderId!: string;

  @Field(() => ID, { description: 'The product.' })
  @IsEntityId()
  productId!: string;
}

@InputType({ description: 'Records what a client holds of a product; repeating it updates balance and status.' })
export class RecordHoldingInput extends CloseHoldingInput {
  @Field(() => DecimalScalar, { description: 'Balance in CNY, e.g. "50000.00".' })
  @IsMoney()
  balance!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Since when it is held; defaults to today for a new holding.' })
  since?: string;

  @Field(() => HoldingStatus, { defaultValue: HoldingStatus.ACTIVE, description: 'Open or closed.' })
  status!: HoldingStatus;
}
