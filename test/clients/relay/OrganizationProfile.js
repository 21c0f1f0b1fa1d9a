// Read only by relay-compiler: an organization's card, refetchable by node(id:).
graphql`
  fragment OrganizationProfile_organization on Organization
  @refetchable(queryName: "OrganizationProfileRefetchQuery") {
    id
    name
    industry
    isClient
    employeeCount
    registeredCapital
  }
`;

graphql`
  query OrganizationProfileQuery($id: ID!) {
    organization(id: $id) {
      ...OrganizationProfile_organization
    }
  }
`;
