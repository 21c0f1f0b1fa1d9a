UNWIND $ids AS id
MATCH (pr:Product {id: id})
RETURN pr
