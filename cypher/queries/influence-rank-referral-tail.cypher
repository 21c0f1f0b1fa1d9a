// Ranks the anchored persons by REFERRAL_REACH = Σ 0.5^(depth−1) over their
// descendants, or REFERRAL_VALUE, the same weighted by each descendant's AUM
// (src/domain/referral-influence.ts gives the exact figures; this only ranks).
// Persons who introduced nobody have no path and drop out. The bound 20 is
// MAX_REFERRAL_DEPTH: a generation that deep weighs 0.5^19 ≈ 2e-6.
MATCH path = (p)-[:INTRODUCED*1..20]->(descendant:Person)
WITH p, sum(0.5 ^ (length(path) - 1) * CASE $metric WHEN 'REFERRAL_VALUE' THEN coalesce(descendant.aumCents, 0) ELSE 1 END) AS exact
// REFERRAL_VALUE is shown rounded to the fen: ranking on the rounded figure
// orders equal shown values by id, as the answer does, so pages of the
// ranking read here follow one another exactly.
WITH p, CASE $metric WHEN 'REFERRAL_VALUE' THEN round(exact) ELSE exact END AS score
RETURN p.id AS id
ORDER BY score DESC, id
LIMIT $limit
