import { RiskLevel } from './model';

/**
 * Suitability (docs/rules.md#suitability, docs/domain.md#suitability): a product whose risk
 * level is above the client's risk profile is never offered. Levels are
 * ordered R1 < R2 < R3 < R4 < R5; a profile is the highest level suitable.
 *
 * A client with no recorded risk profile is treated as R1, the most
 * conservative profile: offering nothing riskier until the client has been
 * assessed is the safe reading of the rule, and the refusal says so, so the
 * manager knows an assessment would widen the offer.
 */
export const ASSUMED_RISK_PROFILE = RiskLevel.R1;

const RISK_ORDER: readonly RiskLevel[] = [RiskLevel.R1, RiskLevel.R2, RiskLevel.R3, RiskLevel.R4, RiskLevel.R5];

/** Why a product may not be offered to a client. */
export enum SuitabilityCode {
  /** The product's risk level is above the client's recorded risk profile. */
  ABOVE_RISK_PROFILE = 'ABOVE_RISK_PROFILE',
  /** The client has no risk profile, so only R1 products may be offered. */
  RISK_PROFILE_MISSING = 'RISK_PROFILE_MISSING',
}

export interface Unsuitability {
  code: SuitabilityCode;
  reason: string;
}

/**
 * Null when a product of `productRisk` may be offered to a client of
 * `riskProfile`, else the code and a reason for people.
 * @example unsuitability(RiskLevel.R4, RiskLevel.R2)
 * // { code: 'ABOVE_RISK_PROFILE', reason: "R4 product above the client's R2 risk profile" }
 */
export function unsuitability(productRisk: RiskLevel, riskProfile: RiskLevel | null): Unsuitability | null {
  const profile = riskProfile ?? ASSUMED_RISK_PROFILE;
  if (RISK_ORDER.indexOf(productRisk) <= RISK_ORDER.indexOf(profile)) return null;
  if (riskProfile === null) {
    return {
      code: SuitabilityCode.RISK_PROFILE_MISSING,
      reason: `${productRisk} product above ${profile}, the profile assumed while the client has none recorded; assess the client's risk profile first`,
    };
  }
  return { code: SuitabilityCode.ABOVE_RISK_PROFILE, reason: `${productRisk} product above the client's ${profile} risk profile` };
}
