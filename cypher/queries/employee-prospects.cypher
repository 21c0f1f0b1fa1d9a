// What employeeProspects ranks (src/domain/employee-prospects.ts), for many
// organizations in one round trip: per organization, its employee count in
// the graph, its ACTIVE employees, and every other employee with their ties to
// ACTIVE clients. Colleague ties are worked out in TypeScript from the list of
// ACTIVE employees, so the organization is expanded twice, not once per employee.
UNWIND $organizationIds AS organizationId
MATCH (organization:Organization {id: organizationId})
CALL {
  WITH organization
  MATCH (organization)<-[w:WORKS_AT]-(employee:Person)
  WHERE employee.status = 'ACTIVE'
  RETURN collect({id: employee.id, name: employee.name, keyPerson: coalesce(w.keyPerson, false)}) AS activeEmployees
}
CALL {
  WITH organization
  MATCH (organization)<-[w:WORKS_AT]-(person:Person)
  WHERE person.status <> 'ACTIVE'
  CALL {
    WITH person
    CALL { /* person-neighbours */ }
    WITH other, tie
    WHERE other.status = 'ACTIVE'
    RETURN collect({clientId: other.id, clientName: other.name, tie: tie}) AS clientTies
  }
  RETURN collect({person: person, keyPerson: coalesce(w.keyPerson, false), clientTies: clientTies}) AS candidates
}
RETURN organization, COUNT { (organization)<-[:WORKS_AT]-() } AS employeesInGraph, activeEmployees, candidates
