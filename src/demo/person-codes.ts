import { ClientTier, PersonStatus, ProspectGrade, RiskLevel } from '../domain/model';

/*
 * A person's status, tier, risk and grade as small integers, so they fit the
 * builder's typed arrays; each list below decodes a code back to its enum.
 */

export const S_PROSPECT = 0, S_ACTIVE = 1, S_DORMANT = 2, S_CHURNED = 3;
export const STATUS_CODE: Readonly<Record<PersonStatus, number>> = {
  [PersonStatus.PROSPECT]: S_PROSPECT,
  [PersonStatus.ACTIVE]: S_ACTIVE,
  [PersonStatus.DORMANT]: S_DORMANT,
  [PersonStatus.CHURNED]: S_CHURNED,
};
export const STATUSES = [PersonStatus.PROSPECT, PersonStatus.ACTIVE, PersonStatus.DORMANT, PersonStatus.CHURNED] as const;

export const TIERS = [ClientTier.DIAMOND, ClientTier.PLATINUM, ClientTier.GOLD, ClientTier.STANDARD, ClientTier.RESTRICTED] as const;
export const T_DIAMOND = 0, T_PLATINUM = 1, T_GOLD = 2, T_STANDARD = 3, T_RESTRICTED = 4;
/** Prospects have no tier. */
export const NO_TIER = 255;

/** Risk levels R1…R5; a person's risk code is 1…5, so `RISKS[risk - 1]`. */
export const RISKS = [RiskLevel.R1, RiskLevel.R2, RiskLevel.R3, RiskLevel.R4, RiskLevel.R5] as const;

/** Prospect grades by code: 0 = A, 1 = B, 2 = C. */
export const GRADES = [ProspectGrade.A, ProspectGrade.B, ProspectGrade.C] as const;
