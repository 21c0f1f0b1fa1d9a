// What influenceCentres shows of each ranked person: the descendants below
// them by depth (down to MAX_REFERRAL_DEPTH = 20), the referrals they made,
// and the stored centralities.
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
CALL {
  WITH p
  OPTIONAL MATCH path = (p)-[:INTRODUCED*1..20]->(descendant:Person)
  WITH length(path) AS depth, descendant
  WHERE descendant IS NOT NULL
  WITH depth, count(descendant) AS count, sum(coalesce(descendant.aumCents, 0)) AS aumCents
  ORDER BY depth
  RETURN collect({depth: depth, count: count, aumCents: aumCents}) AS levels
}
RETURN personId, p, levels, COUNT { (p)-[:REFERRED]->(:Referral) } AS referralsMade,
       p.pagerank AS pagerank, p.betweenness AS betweenness
