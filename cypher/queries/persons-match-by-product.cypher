// Holders of a product: the product's unique id index, then its HOLDS relationships.
MATCH (:Product {id: $holdsProductId})<-[:HOLDS {status: 'ACTIVE'}]-(p:Person)
WITH p
