// One staff member's audit events in a time window, from the (staffId, at) index.
MATCH (e:AuditEvent)
WHERE e.staffId = $staffId AND e.at >= datetime($since) AND e.at <= datetime($until)
