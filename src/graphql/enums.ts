import { registerEnumType } from 'type-graphql';
import { AuditAction } from '../audit/audit-trail';
import { PersonAccess } from '../domain/person-access';
import {
  AcquaintanceKind,
  ClientKind,
  ClientTier,
  FamilyKind,
  Gender,
  HoldingStatus,
  HouseholdRole,
  OrderDirection,
  PersonOrderField,
  ReferralOrderField,
  PersonStatus,
  ProductCategory,
  ProspectGrade,
  ReferralChannel,
  ReferralStatus,
  ReferrerKind,
  RewardStatus,
  RiskLevel,
  StaffRole,
  UserErrorCode,
} from '../domain/model';

/** Registers the domain enums with the schema, each with its description. */
registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  description: 'Where a person stands with the bank.',
  valuesConfig: {
    PROSPECT: { description: 'Not yet a client: a potential or target client.' },
    ACTIVE: { description: 'A current client who holds and buys products.' },
    DORMANT: { description: 'A client who has stopped buying ("休眠").' },
    CHURNED: { description: 'A client who has left; can often be won back.' },
  },
});
registerEnumType(ClientTier, {
  name: 'ClientTier',
  description: 'The CRM tier pyramid, from DIAMOND (few, served one-to-one) down to RESTRICTED.',
});
registerEnumType(ProspectGrade, {
  name: 'ProspectGrade',
  description: 'Prospect grade by value × likelihood of converting; A-grade prospects are reviewed daily.',
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description:
    "Risk level from R1 (lowest) to R5. On a product: its risk. On a person: the highest product risk suitable for them.",
});
registerEnumType(Gender, { name: 'Gender', description: 'Gender as recorded by the bank.' });
registerEnumType(HouseholdRole, { name: 'HouseholdRole', description: "A member's role in a household." });
registerEnumType(FamilyKind, { name: 'FamilyKind', description: 'What the relative is to the person one starts from.' });
registerEnumType(AcquaintanceKind, { name: 'AcquaintanceKind', description: 'How two people know each other.' });
registerEnumType(ProductCategory, { name: 'ProductCategory', description: 'The kind of banking product.' });
registerEnumType(HoldingStatus, { name: 'HoldingStatus', description: 'Whether a holding is still open.' });
registerEnumType(StaffRole, { name: 'StaffRole', description: "A staff member's job at the bank." });
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Referral lifecycle: NEW → CONTACTED → QUALIFIED → CONVERTED; any open state → DECLINED or EXPIRED.',
});
registerEnumType(ReferralChannel, { name: 'ReferralChannel', description: 'How a referral reached the bank.' });
registerEnumType(RewardStatus, {
  name: 'RewardStatus',
  description: 'The referral incentive: due once a referral converts, then paid.',
});
registerEnumType(ReferrerKind, { name: 'ReferrerKind', description: 'Which kind of node made a referral.' });
registerEnumType(UserErrorCode, { name: 'UserErrorCode', description: 'Why a mutation refused to change the graph.' });
registerEnumType(ClientKind, { name: 'ClientKind', description: 'A client is a person or an organization (a corporate client).' });
registerEnumType(PersonAccess, {
  name: 'PersonAccess',
  description: 'How much of a person the viewer may see (by role and relation to the person).',
  valuesConfig: {
    FULL: { description: 'The whole record.' },
    PSEUDONYMISED: { description: 'Structure and aggregates; a stable pseudonym instead of the name; no contact details (analysts).' },
    MASKED: { description: 'Id and a masked name ("王*") only.' },
  },
});
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit event records.' });
registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'What a list of persons is sorted by.',
  valuesConfig: {
    ID: { description: 'Id (the default order).' },
    NAME: { description: 'Name, by Unicode code point (not pinyin). Not for analysts, who see pseudonyms.' },
    AUM: { description: 'Assets under management.' },
    CREATED_AT: { description: 'When the record was created.' },
    LAST_CONTACT: { description: 'When last contacted; never-contacted persons count as contacted longest ago (first when ascending).' },
  },
});
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way a list is sorted.',
  valuesConfig: { ASC: { description: 'Smallest, earliest or first in the alphabet first.' }, DESC: { description: 'Largest, latest or last first.' } },
});
registerEnumType(ReferralOrderField, {
  name: 'ReferralOrderField',
  description: 'What a list of referrals is sorted by.',
  valuesConfig: { CREATED_AT: { description: 'When the referral was recorded.' } },
});
