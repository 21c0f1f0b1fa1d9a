// Appends audit events; ids are fresh UUIDs, so CREATE (a retried transaction starts over).
UNWIND $events AS event
CREATE (e:AuditEvent)
SET e = event, e.at = datetime(event.at)
