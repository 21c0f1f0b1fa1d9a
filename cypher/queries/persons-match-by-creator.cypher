// The persons one staff member created, from the Person.createdBy index (front-desk staff's lists).
MATCH (p:Person)
WHERE p.createdBy = $createdBy
WITH p
