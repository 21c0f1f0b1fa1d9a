// Read only by relay-compiler: a household's members for usePaginationFragment,
// paged both ways.
graphql`
  fragment HouseholdMembers_household on Household
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 2 }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  )
  @refetchable(queryName: "HouseholdMembersPaginationQuery") {
    members(first: $first, after: $after, last: $last, before: $before) @connection(key: "HouseholdMembers_members") {
      totalCount
      edges {
        node {
          role
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
  query HouseholdMembersQuery($id: ID!) {
    household(id: $id) {
      ...HouseholdMembers_household
    }
  }
`;
