// Totals for the progress of reading the people graph; served by the count store.
RETURN COUNT { (:Person) } AS persons, COUNT { (:Household) } AS households, COUNT { (:Organization) } AS organizations
