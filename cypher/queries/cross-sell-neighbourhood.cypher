// Everything crossSellOpportunities scores (src/domain/cross-sell.ts), in one
// round trip from the client's id: what the client holds; their employers and
// the mapped products those hold; every neighbour holding a product the client
// lacks, with all their ties; and those products. One row, or none for an
// unknown id.
MATCH (person:Person {id: $personId})
CALL {
  WITH person
  OPTIONAL MATCH (person)-[h:HOLDS]->(own:Product)
  WHERE h.status = 'ACTIVE'
  RETURN collect(own.id) AS heldIds
}
CALL {
  WITH person
  MATCH (person)-[:WORKS_AT]->(o:Organization)
  OPTIONAL MATCH (o)-[h:HOLDS]->(op:Product)
  WHERE h.status = 'ACTIVE' AND op.category IN keys($offers)
  WITH o, collect(DISTINCT op.category) AS heldCategories
  RETURN collect({organization: o, heldCategories: heldCategories}) AS employers
}
CALL {
  WITH person, heldIds
  CALL { /* person-neighbours */ }
  WITH other, heldIds, collect(tie) AS ties
  MATCH (other)-[h:HOLDS]->(pr:Product)
  WHERE h.status = 'ACTIVE' AND NOT pr.id IN heldIds
  WITH other, ties, collect(pr.id) AS productIds
  RETURN collect({person: other, ties: ties, productIds: productIds}) AS neighbours
}
// Products of the categories the employers' holdings map to, if people hold
// them: a corporate product of the same category (e.g. 企业网上银行) is held by
// organizations only. The check stops at a personal product's first holder and
// reads a corporate product's holders, so it grows with corporate clients only.
CALL {
  WITH employers, heldIds
  UNWIND employers AS employer
  UNWIND employer.heldCategories AS category
  WITH DISTINCT $offers[category] AS staffCategory, heldIds
  MATCH (offered:Product {category: staffCategory})
  WHERE NOT offered.id IN heldIds AND EXISTS { (offered)<-[:HOLDS]-(:Person) }
  RETURN collect(offered.id) AS offeredIds
}
CALL {
  WITH neighbours
  UNWIND neighbours AS neighbour
  UNWIND neighbour.productIds AS id
  RETURN collect(DISTINCT id) AS evidencedIds
}
CALL {
  WITH evidencedIds, offeredIds
  MATCH (pr:Product)
  WHERE pr.id IN evidencedIds + offeredIds
  RETURN collect(DISTINCT pr) AS products
}
RETURN person, heldIds, employers, neighbours, products
