// The unfiltered page in the order asked (persons(orderBy:)): a scan of the
// order key's index (ORDER_START is `IS NOT NULL`, or a seek from the cursor's
// key) hands persons over already in that order, so ORDER BY … LIMIT stops
// after one page instead of sorting every person. ORDER_KEY and ORDER_START
// come from the closed table in src/db/person-order.ts, never from input.
MATCH (p:Person)
WHERE ORDER_KEY ORDER_START
WITH p
