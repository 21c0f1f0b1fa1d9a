// Roles and masking. Who created a person or a referral: front-desk staff see only what
// they created, so their lists start from these indexes.
CREATE INDEX person_created_by IF NOT EXISTS FOR (p:Person) ON (p.createdBy);
CREATE INDEX referral_created_by IF NOT EXISTS FOR (r:Referral) ON (r.createdBy);
// The audit trail: one node per read of full personal records or per write.
CREATE CONSTRAINT audit_event_id_unique IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_event_staff_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.staffId, e.at);
