import { Node } from './node.type';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { HoldingStatus, ProductCategory, RiskLevel } from '../../domain/model';
import type { ProductRecord } from '../../domain/records';
import { connectionOf } from '../connection';
import { DecimalScalar } from '../scalars/decimal.scalar';

@ObjectType({ implements: Node, description: 'A banking product: deposit, wealth product, fund, insurance, card, loan or service.' })
export class Product implements ProductRecord {
  @Field(() => ID, { description: "The product's id." })
  id!: string;

  @Field({ description: 'Product name, e.g. "稳健理财30天".' })
  name!: string;

  @Field(() => ProductCategory, { description: 'The kind of product.' })
  category!: ProductCategory;

  @Field(() => RiskLevel, { description: 'Risk level; never offered to a client whose risk profile is lower.' })
  riskLevel!: RiskLevel;
}

export const ProductConnection = connectionOf(Product, 'Product', 'product');

@ObjectType({ description: 'What a client holds of a product.' })
export class Holding {
  @Field(() => Product, { description: 'The product held.' })
  product!: ProductRecord;

  @Field(() => DecimalScalar, { description: 'Balance in CNY.' })
  balance!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Since when it is held.' })
  since!: string | null;

  @Field(() => HoldingStatus, { description: 'Whether the holding is still open.' })
  status!: HoldingStatus;
}

export const HoldingConnection = connectionOf(Holding, 'Holding', 'holding');
