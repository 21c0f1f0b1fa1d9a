// The people a warm introduction from this staff member may start from: their
// ACTIVE clients who have not opted out of introductions, summarised as in
// people-ties-by-person-ids. No row: no such staff; one row with a null
// summary: no such clients.
MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (s)<-[:MANAGED_BY]-(client:Person {status: 'ACTIVE'})
  WHERE NOT coalesce(client.introductionsOptOut, false)
RETURN CASE WHEN client IS NOT NULL THEN client {.id, .status, .introductionsOptOut,
         client: client {.satisfaction, .aumCents, lastContactAt: client.lastContactAt.epochMillis,
                         referralsBrought: COUNT { (client)-[:INTRODUCED]->() }}} END AS summary
