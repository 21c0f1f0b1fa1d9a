// Which entity label each id belongs to, each branch an index seek on that label's unique id.
UNWIND $ids AS id
CALL {
  WITH id MATCH (:Person {id: id}) RETURN 'Person' AS type
  UNION WITH id MATCH (:Organization {id: id}) RETURN 'Organization' AS type
  UNION WITH id MATCH (:Household {id: id}) RETURN 'Household' AS type
  UNION WITH id MATCH (:Staff {id: id}) RETURN 'Staff' AS type
  UNION WITH id MATCH (:Branch {id: id}) RETURN 'Branch' AS type
  UNION WITH id MATCH (:Product {id: id}) RETURN 'Product' AS type
  UNION WITH id MATCH (:Referral {id: id}) RETURN 'Referral' AS type
  UNION WITH id MATCH (:Interaction {id: id}) RETURN 'Interaction' AS type
}
RETURN id, type
