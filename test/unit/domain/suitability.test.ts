import { RiskLevel } from '../../../src/domain/model';
import { unsuitability } from '../../../src/domain/suitability';

describe('suitability', () => {
  it('offers products up to the risk profile and refuses the rest with a reason', () => {
    expect([
      unsuitability(RiskLevel.R2, RiskLevel.R2),
      unsuitability(RiskLevel.R1, RiskLevel.R5),
      unsuitability(RiskLevel.R4, RiskLevel.R2),
      unsuitability(RiskLevel.R1, null),
      unsuitability(RiskLevel.R3, null),
    ]).toEqual([
      null,
      null,
      { code: 'ABOVE_RISK_PROFILE', reason: "R4 product above the client's R2 risk profile" },
      null,
      {
        code: 'RISK_PROFILE_MISSING',
        reason: "R3 product above R1, the profile assumed while the client has none recorded; assess the client's risk profile first",
      },
    ]);
  });
});
