  // persons-page-tail for persons(orderBy:): past the cursor's (key, id) in the
  // reading order, then one page in that order. ORDER_KEY, ORDER_PARAM, PAST and
  // ORDER_DIRECTION come from the closed table in src/db/person-order.ts.
  AND ($orderId IS NULL OR ORDER_KEY PAST ORDER_PARAM OR (ORDER_KEY = ORDER_PARAM AND p.id PAST $orderId))
WITH p
ORDER BY ORDER_KEY ORDER_DIRECTION, p.id ORDER_DIRECTION
LIMIT $limit
// persons-page-with-relations replaces these when the request selected relations.
WITH p, [] AS relations
