// Read only by relay-compiler: an organization's employees for
// usePaginationFragment; employees pages forwards only (first/after).
graphql`
  fragment OrganizationEmployees_organization on Organization
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" })
  @refetchable(queryName: "OrganizationEmployeesPaginationQuery") {
    employees(first: $count, after: $cursor) @connection(key: "OrganizationEmployees_employees") {
      totalCount
      edges {
        node {
          title
          keyPerson
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
  query OrganizationEmployeesQuery($id: ID!) {
    organization(id: $id) {
      ...OrganizationEmployees_organization
    }
  }
`;
