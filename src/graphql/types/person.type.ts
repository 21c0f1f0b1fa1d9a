import { Node } from './node.type';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ClientTier, Gender, PersonStatus, ProspectGrade, RiskLevel } from '../../domain/model';
import type { PersonRecord } from '../../domain/records';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { connectionOf } from '../connection';

@ObjectType({ implements: Node, description: 'A client or prospect of the bank: one node of the relationship graph.' })
export class Person implements PersonRecord {
  @Field(() => ID, {
    description:
      "The person's id: the bank's client number or one we made. Analysts are shown a stable token instead (\"anon_…\"), " +
      'and give it back wherever a person id is taken.',
  })
  id!: string;

  @Field({ description: 'Full name, e.g. "王伟"; masked ("王*") or a pseudonym ("Client 3F2A9C1B") when the viewer may not see it.' })
  name!: string;

  @Field(() => PersonStatus, { nullable: true, description: 'Where the person stands with the bank; null when masked.' })
  status!: PersonStatus;

  @Field(() => ClientTier, { nullable: true, description: 'CRM tier; null for prospects not yet tiered.' })
  tier!: ClientTier | null;

  @Field(() => ProspectGrade, { nullable: true, description: 'Prospect grade (A best); null for clients.' })
  prospectGrade!: ProspectGrade | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Assets under management with the bank, in CNY: the sum of the balances of their ACTIVE holdings of asset products ' +
      '(every category but CREDIT_CARD, LOAN, PAYROLL_SERVICE, CASH_MANAGEMENT and DIGITAL_BANKING), derived from holdings only; null when masked.',
  })
  aum!: string;

  @Field(() => RiskLevel, { nullable: true, description: 'The highest product risk level suitable for this person.' })
  riskProfile!: RiskLevel | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction from 0 to 10, as last assessed.' })
  satisfaction!: number | null;

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  gender!: Gender | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of birth.' })
  birthDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Occupation, e.g. "工程师".' })
  occupation!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When a member of staff last contacted this person.' })
  lastContactAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the person asked never to be used to introduce others; null when masked.' })
  introductionsOptOut!: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the record was created; null when masked.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the record last changed; null when masked.' })
  updatedAt!: Date;

  createdBy?: string | null;
}

export const PersonConnection = connectionOf(Person, 'Person', 'person');
