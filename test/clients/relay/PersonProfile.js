// Read only by relay-compiler (test/integration/relay-client.int.test.ts): the
// way a Relay front end would declare a person's card, refetchable by node(id:).
graphql`
  fragment PersonProfile_person on Person @refetchable(queryName: "PersonProfileRefetchQuery") {
    id
    name
    status
    tier
    aum
    household {
      role
      household {
        id
        name
      }
    }
    manager {
      id
      name
    }
  }
`;

graphql`
  query PersonProfileQuery($id: ID!) {
    person(id: $id) {
      ...PersonProfile_person
    }
  }
`;
