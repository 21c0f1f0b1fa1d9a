// What influenceCentres shows of each ranked person: each descendant below
// them with their depth (down to MAX_REFERRAL_DEPTH = 20) and AUM, the
// referrals they made, and the stored centralities. Descendants come one by
// one, not summed, because each viewer may count only those they may see
// (src/domain/disclosure.ts).
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
CALL {
  WITH p
  OPTIONAL MATCH path = (p)-[:INTRODUCED*1..20]->(descendant:Person)
  WITH length(path) AS depth, descendant
  WHERE descendant IS NOT NULL
  RETURN collect({depth: depth, id: descendant.id, aumCents: coalesce(descendant.aumCents, 0)}) AS descendants
}
RETURN personId, p, descendants, COUNT { (p)-[:REFERRED]->(:Referral) } AS referralsMade,
       p.pagerank AS pagerank, p.betweenness AS betweenness
