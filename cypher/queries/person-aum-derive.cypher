// The one place a person's AUM is worked out, run by every write that changes
// their holdings, in its transaction (src/db/products.ts): the sum of the
// balances of their ACTIVE holdings of asset products. Cards and loans carry
// an amount owed, and payroll, cash management and digital banking hold none
// of the client's money, so they are not assets (docs/domain.md, "Assets
// under management").
MATCH (p:Person {id: $personId})
CALL {
  WITH p
  OPTIONAL MATCH (p)-[held:HOLDS {status: 'ACTIVE'}]->(asset:Product)
  WHERE NOT asset.category IN ['CREDIT_CARD', 'LOAN', 'PAYROLL_SERVICE', 'CASH_MANAGEMENT', 'DIGITAL_BANKING']
  RETURN sum(held.balanceCents) AS aumCents
}
SET p.aumCents = aumCents, p.updatedAt = datetime()
RETURN p.aumCents AS aumCents
