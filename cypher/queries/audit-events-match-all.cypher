// Audit events in a time window, from the `at` range index.
MATCH (e:AuditEvent)
WHERE e.at >= datetime($since) AND e.at <= datetime($until)
