// Which of the referenced nodes exist; used to say which id a failed write could not find.
UNWIND $references AS reference
RETURN
  CASE reference.kind
    WHEN 'person' THEN EXISTS { (:Person {id: reference.id}) }
    WHEN 'organization' THEN EXISTS { (:Organization {id: reference.id}) }
    WHEN 'staff' THEN EXISTS { (:Staff {id: reference.id}) }
    WHEN 'branch' THEN EXISTS { (:Branch {id: reference.id}) }
    WHEN 'product' THEN EXISTS { (:Product {id: reference.id}) }
    WHEN 'household' THEN EXISTS { (:Household {id: reference.id}) }
  END AS found
