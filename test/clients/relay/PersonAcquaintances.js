// Read only by relay-compiler: a person's acquaintances for usePaginationFragment,
// paged both ways (loadNext with first/after, loadPrevious with last/before).
graphql`
  fragment PersonAcquaintances_person on Person
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 2 }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  )
  @refetchable(queryName: "PersonAcquaintancesPaginationQuery") {
    acquaintances(first: $first, after: $after, last: $last, before: $before)
      @connection(key: "PersonAcquaintances_acquaintances") {
      totalCount
      edges {
        node {
          kind
          strength
          person {
            id
            name
          }
        }
      }
    }
  }
`;

graphql`
  query PersonAcquaintancesQuery($id: ID!) {
    person(id: $id) {
      ...PersonAcquaintances_person
    }
  }
`;
