MATCH (:Staff {id: $assignedStaffId})<-[:ASSIGNED_TO]-(r:Referral)
WITH r
