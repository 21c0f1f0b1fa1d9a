import type { Node } from 'neo4j-driver';
import { fromCents } from '../domain/money';
import type {
  BranchRecord,
  HouseholdRecord,
  OrganizationRecord,
  PersonRecord,
  ProductRecord,
  ReferralRecord,
  StaffRecord,
} from '../domain/records';
import { toDate, toDay, toNullableDate, toNullableNumber, toStringOrNull } from './values';

/** Node → record mappers: the one place that knows how properties are stored. */
type Props = Record<string, unknown>;

/** A node's or relationship's properties, or a map projection of them. */
export const propsOf = (node: Node | Props): Props => ('properties' in node ? (node as Node).properties : node) as Props;

export type PersonField = keyof Required<PersonRecord>;

/** Each PersonRecord field: the stored property it is read from, and how. */
const personFields: { [K in PersonField]: [stored: string, read: (value: unknown) => PersonRecord[K]] } = {
  id: ['id', String],
  name: ['name', String],
  status: ['status', (v) => v as PersonRecord['status']],
  tier: ['tier', (v) => (v ?? null) as PersonRecord['tier']],
  prospectGrade: ['prospectGrade', (v) => (v ?? null) as PersonRecord['prospectGrade']],
  aum: ['aumCents', (v) => fromCents(v as number)],
  riskProfile: ['riskProfile', (v) => (v ?? null) as PersonRecord['riskProfile']],
  satisfaction: ['satisfaction', toNullableNumber],
  gender: ['gender', (v) => (v ?? null) as PersonRecord['gender']],
  birthDate: ['birthDate', toDay],
  phone: ['phone', toStringOrNull],
  email: ['email', toStringOrNull],
  address: ['address', toStringOrNull],
  occupation: ['occupation', toStringOrNull],
  lastContactAt: ['lastContactAt', toNullableDate],
  introductionsOptOut: ['introductionsOptOut', (v) => v === true],
  createdAt: ['createdAt', toDate],
  updatedAt: ['updatedAt', toDate],
  createdBy: ['createdBy', toStringOrNull],
};

/** Every PersonRecord field, i.e. what a whole record needs. */
export const ALL_PERSON_FIELDS = Object.keys(personFields) as PersonField[];

export function isPersonField(name: string): name is PersonField {
  return Object.hasOwn(personFields, name);
}

/** The stored properties behind `fields`, in the same order, e.g. for a projection `[key IN $properties | p[key]]`. */
export function storedPersonProperties(fields: readonly PersonField[]): string[] {
  return fields.map((field) => personFields[field][0]);
}

/**
 * A person from the values of storedPersonProperties(fields), in that order.
 * With fewer than ALL_PERSON_FIELDS only those fields are set: such a record
 * may only reach resolvers of those fields (see pagePersonFields).
 */
export function toPersonFrom(fields: readonly PersonField[], values: readonly unknown[]): PersonRecord {
  const person: Partial<Record<PersonField, unknown>> = {};
  fields.forEach((field, i) => {
    person[field] = personFields[field][1](values[i]);
  });
  return person as PersonRecord;
}

const allStoredPersonProperties = storedPersonProperties(ALL_PERSON_FIELDS);

export function toPerson(node: Node | Props): PersonRecord {
  const p = propsOf(node);
  return toPersonFrom(ALL_PERSON_FIELDS, allStoredPersonProperties.map((key) => p[key]));
}

export function toHousehold(node: Node | Props): HouseholdRecord {
  const p = propsOf(node);
  return { id: String(p.id), name: String(p.name), address: toStringOrNull(p.address) };
}

export function toOrganization(node: Node | Props): OrganizationRecord {
  const p = propsOf(node);
  return {
    id: String(p.id),
    name: String(p.name),
    industry: toStringOrNull(p.industry),
    employeeCount: toNullableNumber(p.employeeCount),
    registeredCapital: p.registeredCapitalCents === null || p.registeredCapitalCents === undefined
      ? null
      : fromCents(p.registeredCapitalCents as number),
    isClient: p.isClient === true,
  };
}

export function toProduct(node: Node | Props): ProductRecord {
  const p = propsOf(node);
  return {
    id: String(p.id),
    name: String(p.name),
    category: p.category as ProductRecord['category'],
    riskLevel: p.riskLevel as ProductRecord['riskLevel'],
  };
}

export function toBranch(node: Node | Props): BranchRecord {
  const p = propsOf(node);
  return { id: String(p.id), name: String(p.name), city: toStringOrNull(p.city) };
}

export function toStaff(node: Node | Props, branchId: unknown): StaffRecord {
  const p = propsOf(node);
  // Records from before the flag existed carry none: they are active.
  return { id: String(p.id), name: String(p.name), role: p.role as StaffRecord['role'], branchId: toStringOrNull(branchId), active: p.active !== false };
}

export function toReferral(
  node: Node | Props,
  ends: { referrerKind: unknown; referrerId: unknown; refereeId: unknown; assignedStaffId: unknown },
): ReferralRecord {
  const p = propsOf(node);
  return {
    id: String(p.id),
    status: p.status as ReferralRecord['status'],
    channel: p.channel as ReferralRecord['channel'],
    note: toStringOrNull(p.note),
    attributed: p.attributed === true,
    rewardStatus: p.rewardStatus as ReferralRecord['rewardStatus'],
    referrerKind: ends.referrerKind as ReferralRecord['referrerKind'],
    referrerId: String(ends.referrerId),
    refereeId: String(ends.refereeId),
    assignedStaffId: toStringOrNull(ends.assignedStaffId),
    createdAt: toDate(p.createdAt),
    updatedAt: toDate(p.updatedAt),
    contactedAt: toNullableDate(p.contactedAt),
    qualifiedAt: toNullableDate(p.qualifiedAt),
    convertedAt: toNullableDate(p.convertedAt),
    closedAt: toNullableDate(p.closedAt),
    createdBy: toStringOrNull(p.createdBy),
  };
}
