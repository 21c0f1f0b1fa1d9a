// Members come along (a household has a handful), so household { members } is one round trip.
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN h, COLLECT {
  MATCH (h)<-[m:MEMBER_OF]-(p:Person)
  RETURN {person: p, role: m.role} ORDER BY p.id
} AS members
