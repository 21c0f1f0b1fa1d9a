// The attention list's first read: the ACTIVE and DORMANT clients a member
// of staff manages, each with the satisfaction of their two newest assessed
// interactions (newest first). Starts from the Staff id index and reads only
// that book of clients. No row: no such staff; one row with a null client:
// staff without such clients.
MATCH (staff:Staff {id: $staffId})
OPTIONAL MATCH (staff)<-[:MANAGED_BY]-(p:Person)
WHERE p.status IN ['ACTIVE', 'DORMANT']
CALL {
  WITH p
  OPTIONAL MATCH (p)<-[:WITH_PERSON]-(i:Interaction)
  WHERE i.satisfaction IS NOT NULL
  WITH i
  ORDER BY i.at DESC, i.id DESC
  LIMIT 2
  RETURN collect(i.satisfaction) AS assessed
}
RETURN p, assessed
