// Shared by every households(...) anchor. With $nameScope (a name search by a viewer whose access
// depends on the person), only households whose name the viewer sees in full: the head's name, or
// without a head every member's (src/domain/person-access.ts householdNameAccess), seen in full
// under the access rule (they created the person, manage them, or head their manager's branch).
// A search that matched masked names would tell the viewer what the mask hides.
WHERE ($search IS NULL OR n.name CONTAINS $search)
  AND ($nameScope IS NULL OR ALL(p IN COLLECT {
        MATCH (n)<-[m:MEMBER_OF]-(p:Person)
        WHERE m.role = 'HEAD' OR NOT EXISTS { (n)<-[:MEMBER_OF {role: 'HEAD'}]-(:Person) }
        RETURN p
      } WHERE p.createdBy = $nameScope.staffId
           OR EXISTS {
                MATCH (p)-[:MANAGED_BY]->(s:Staff)
                WHERE s.id = $nameScope.managerId OR EXISTS { (s)-[:BASED_AT]->(:Branch {id: $nameScope.branchId}) }
              }))
