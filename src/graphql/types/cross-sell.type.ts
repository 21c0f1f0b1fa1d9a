import { Disclosure } from './disclosure.type';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceKind } from '../../domain/cross-sell';
import type { OrganizationRecord, PersonRecord, ProductRecord } from '../../domain/records';
import { SuitabilityCode } from '../../domain/suitability';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Product } from './product.type';
import { ScoreFactor } from './score-factor.type';
import { connectionOf, ConnectionValue } from '../connection';

registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: 'Where the evidence for a cross-sell comes from: a tie to the client, or the employer.',
  valuesConfig: {
    FAMILY: { description: 'A relative holds it (strength by kind: spouse 0.95 … relative 0.6).' },
    HOUSEHOLD: { description: 'A member of the same household holds it.' },
    REFERRAL: { description: 'Someone the client introduced, or who introduced the client, holds it.' },
    ACQUAINTANCE: { description: 'An acquaintance holds it, weighted by the strength of the acquaintance.' },
    COLLEAGUE: { description: 'Colleagues at one of the client’s employers hold it (key persons, or everyone in a small firm).' },
    EMPLOYER_PRODUCT: { description: 'The employer uses a product with us that its staff’s product goes with (e.g. payroll → payroll card).' },
  },
});
registerEnumType(SuitabilityCode, {
  name: 'SuitabilityCode',
  description: 'Why a product may not be offered to a client (the suitability rule).',
  valuesConfig: {
    ABOVE_RISK_PROFILE: { description: "The product's risk level is above the client's risk profile." },
    RISK_PROFILE_MISSING: { description: 'The client has no risk profile, so only R1 products may be offered; assess it first.' },
  },
});

@ObjectType({ description: 'One reason to offer a product: who near the client holds it, or what the employer uses.' })
export class CrossSellEvidence {
  @Field(() => EvidenceKind, { description: 'Where the evidence comes from.' })
  kind!: EvidenceKind;

  @Field(() => [Person], { description: 'The holders it rests on, strongest ties first (at most five); empty for EMPLOYER_PRODUCT.' })
  via!: PersonRecord[];

  @Field(() => Organization, { nullable: true, description: 'The organization involved: where the colleagues work, or the employer.' })
  organization!: OrganizationRecord | null;

  @Field(() => Float, { description: 'What this evidence adds to the score: the tie strengths of its holders, or the employer offer weight.' })
  strength!: number;

  @Field({ description: 'The evidence in words, e.g. "spouse 李娜 holds it" or "3 colleagues at 华东制造 hold it".' })
  explanation!: string;
}

@ObjectType({ description: 'A product the client does not hold and may be offered, with the evidence for it.' })
export class CrossSellOpportunity {
  @Field(() => Product, { description: 'The product to offer.' })
  product!: ProductRecord;

  @Field(() => Float, { description: 'Σ tie strengths of the distinct holders near the client + employer offer weights; higher is better.' })
  score!: number;

  @Field(() => Int, { description: 'How many distinct people close to the client hold it.' })
  holdersNearby!: number;

  @Field(() => [CrossSellEvidence], { description: 'The most persuasive evidence paths, at most three, strongest first.' })
  evidence!: CrossSellEvidence[];

  @Field(() => [ScoreFactor], { description: 'Every part of the score, one per evidence path, strongest first; the values sum to the score.' })
  explanation!: ScoreFactor[];
}

@ObjectType({ description: 'A product with evidence that is never offered to this client, and why.' })
export class CrossSellExclusion {
  @Field(() => Product, { description: 'The product withheld.' })
  product!: ProductRecord;

  @Field({ description: 'Why, e.g. "R4 product above the client\'s R2 risk profile".' })
  reason!: string;

  @Field(() => SuitabilityCode, { description: 'Why, as a code.' })
  code!: SuitabilityCode;
}

export const CrossSellOpportunityConnection = connectionOf(CrossSellOpportunity, 'CrossSellOpportunity', 'cross-sell opportunity');

@ObjectType({ description: 'What to offer a client, judged by what the people close to them and their employer hold.' })
export class CrossSell {
  @Field(() => Person, { description: 'The client.' })
  person!: PersonRecord;

  @Field(() => CrossSellOpportunityConnection, {
    description:
      "One page of the products to offer (crossSellOpportunities' `first` and `after` choose it), best first, ties by product id; " +
      'totalCount: how many products the whole ranking offers (it is whole once the neighbourhood is read).',
  })
  opportunities!: ConnectionValue<CrossSellOpportunity>;

  @Field(() => [CrossSellExclusion], {
    description: "Every product with evidence that is above the client's risk profile, by score; never offered.",
  })
  excluded!: CrossSellExclusion[];

  @Field(() => Disclosure, {
    description: 'Neighbours whose holdings the viewer may not see: left out of the evidence, the scores and holdersNearby, however many.',
  })
  disclosure!: Disclosure;
}
