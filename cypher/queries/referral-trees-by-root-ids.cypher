// Everyone reached through attributed referrals below each root: a person
// with that id, else a member of staff, else an organization. The expansion
// follows only INTRODUCED edges below the root; its bound 20 is
// MAX_REFERRAL_DEPTH (src/domain/referral-influence.ts), as a bound cannot be
// a parameter, and $maxDepth trims within it.
UNWIND $ids AS rootId
OPTIONAL MATCH (person:Person {id: rootId})
OPTIONAL MATCH (staff:Staff {id: rootId})
OPTIONAL MATCH (organization:Organization {id: rootId})
WITH rootId, coalesce(person, staff, organization) AS root
WHERE root IS NOT NULL
CALL {
  WITH root
  OPTIONAL MATCH path = (root)-[:INTRODUCED*1..20]->(descendant:Person)
  WHERE length(path) <= $maxDepth
  WITH descendant, length(path) AS depth, last(relationships(path)).referralId AS referralId
  ORDER BY depth, descendant.id
  RETURN collect(CASE WHEN descendant IS NOT NULL THEN {person: descendant, depth: depth, referralId: referralId} END) AS descendants
}
CALL {
  WITH root
  OPTIONAL MATCH (root)-[:REFERRED]->(referral:Referral)
  RETURN count(referral) AS referralsMade, count(CASE WHEN referral.status = 'CONVERTED' THEN 1 END) AS referralsConverted
}
RETURN rootId,
       CASE WHEN root:Person THEN 'PERSON' WHEN root:Staff THEN 'STAFF' ELSE 'ORGANIZATION' END AS rootKind,
       descendants, referralsMade, referralsConverted
