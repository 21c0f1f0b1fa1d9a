// Read only by relay-compiler: a household's card, refetchable by node(id:).
graphql`
  fragment HouseholdProfile_household on Household @refetchable(queryName: "HouseholdProfileRefetchQuery") {
    id
    name
    address
  }
`;

graphql`
  query HouseholdProfileQuery($id: ID!) {
    household(id: $id) {
      ...HouseholdProfile_household
    }
  }
`;
