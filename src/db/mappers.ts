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

const propsOf = (node: Node | Props): Props => ('properties' in node ? (node as Node).properties : node) as Props;

export function toPerson(node: Node | Props): PersonRecord {
  const p = propsOf(node);
  return {
    id: String(p.id),
    name: String(p.name),
    status: p.status as PersonRecord['status'],
    tier: (p.tier ?? null) as PersonRecord['tier'],
    prospectGrade: (p.prospectGrade ?? null) as PersonRecord['prospectGrade'],
    aum: fromCents(p.aumCents as number),
    riskProfile: (p.riskProfile ?? null) as PersonRecord['riskProfile'],
    satisfaction: toNullableNumber(p.satisfaction),
    gender: (p.gender ?? null) as PersonRecord['gender'],
    birthDate: toDay(p.birthDate),
    phone: toStringOrNull(p.phone),
    email: toStringOrNull(p.email),
    address: toStringOrNull(p.address),
    occupation: toStringOrNull(p.occupation),
    lastContactAt: toNullableDate(p.lastContactAt),
    introductionsOptOut: p.introductionsOptOut === true,
    createdAt: toDate(p.createdAt),
    updatedAt: toDate(p.updatedAt),
    createdBy: toStringOrNull(p.createdBy),
  };
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
  return { id: String(p.id), name: String(p.name), role: p.role as StaffRecord['role'], branchId: toStringOrNull(branchId) };
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
