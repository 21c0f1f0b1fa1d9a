import { Node } from './node.type';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrganizationRecord, PersonRecord } from '../../domain/records';
import { connectionOf } from '../connection';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { Person } from './person.type';

@ObjectType({ implements: Node, description: 'An employer, possibly a corporate client of the bank.' })
export class Organization implements OrganizationRecord {
  @Field(() => ID, { description: "The organization's id." })
  id!: string;

  @Field({ description: 'Registered name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Industry, e.g. "制造业".' })
  industry!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees as declared (not only those in the graph).' })
  employeeCount!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Registered capital in CNY.' })
  registeredCapital!: string | null;

  @Field({ description: 'Whether the organization is itself a corporate client of the bank.' })
  isClient!: boolean;
}

@ObjectType({ description: "A person's job at an organization." })
export class Employment {
  @Field(() => String, { nullable: true, description: 'Job title, e.g. "财务总监".' })
  title!: string | null;

  @Field({ description: 'Whether the person is a key person: a decision maker or an influential member of staff.' })
  keyPerson!: boolean;

  @Field(() => Organization, { description: 'The employer.' })
  organization!: OrganizationRecord;
}

@ObjectType({ description: 'A person employed by an organization.' })
export class Employee {
  @Field(() => String, { nullable: true, description: 'Job title.' })
  title!: string | null;

  @Field({ description: 'Whether the person is a key person at the organization.' })
  keyPerson!: boolean;

  @Field(() => Person, { description: 'The employee.' })
  person!: PersonRecord;
}

export const EmployeeConnection = connectionOf(Employee, 'Employee', 'employee');

export const OrganizationConnection = connectionOf(Organization, 'Organization', 'organization');
