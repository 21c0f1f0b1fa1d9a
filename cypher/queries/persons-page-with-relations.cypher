// The relations the request selected ($relationTypes), in one expansion of each person:
// walking a person's relationship chain once per type cost ~13 db hits per person each time.
// Entries are named as in household-memberships-by-person-ids, employments-by-person-ids,
// holdings-by-holder-ids and managers-by-client-ids, so one mapper reads both; related nodes
// carry every property their mapper reads, so the rows can prime the loaders. A holding's
// day comes as text ("YYYY-MM-DD", what toDay makes of it): the driver decoding dates was
// a quarter of its time decoding the page.
WITH p, COLLECT {
  MATCH (p)-[r:MEMBER_OF|WORKS_AT|HOLDS|MANAGED_BY]->(n)
  WHERE type(r) IN $relationTypes
  RETURN CASE type(r)
    WHEN 'MEMBER_OF' THEN {type: 'MEMBER_OF', personId: p.id, h: n {.id, .name, .address}, role: r.role}
    WHEN 'WORKS_AT' THEN {type: 'WORKS_AT', personId: p.id, title: r.title, keyPerson: coalesce(r.keyPerson, false),
                          o: n {.id, .name, .industry, .employeeCount, .registeredCapitalCents, .isClient}}
    WHEN 'HOLDS' THEN {type: 'HOLDS', holderId: p.id, pr: n {.id, .name, .category, .riskLevel},
                       x: r {.balanceCents, .status, since: toString(r.since)}}
    ELSE {type: 'MANAGED_BY', clientId: p.id, s: n {.id, .name, .role},
          b: head(COLLECT { MATCH (n)-[:BASED_AT]->(b:Branch) RETURN b {.id, .name, .city} })}
  END
  ORDER BY n.id
} AS relations
