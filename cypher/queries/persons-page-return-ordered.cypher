// persons-page-return for persons(orderBy:): the page in its reading order,
// each person with its order key as the cursor holds it (ORDER_CURSOR: a time
// as Cypher writes it, to the nanosecond, so the next page starts exactly after).
RETURN [key IN $personProperties | p[key]] AS person, relations, ORDER_CURSOR AS orderKey
ORDER BY ORDER_KEY ORDER_DIRECTION, p.id ORDER_DIRECTION
