// organizations(filter:), staffMembers(filter:) and households(filter:) start from an index for each filter:
// TEXT indexes serve the name searches (CONTAINS), range indexes the exact matches.
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_industry IF NOT EXISTS FOR (n:Organization) ON (n.industry);
CREATE INDEX organization_is_client IF NOT EXISTS FOR (n:Organization) ON (n.isClient);
CREATE TEXT INDEX staff_name_text IF NOT EXISTS FOR (n:Staff) ON (n.name);
CREATE INDEX staff_role IF NOT EXISTS FOR (n:Staff) ON (n.role);
CREATE INDEX staff_active IF NOT EXISTS FOR (n:Staff) ON (n.active);
CREATE TEXT INDEX household_name_text IF NOT EXISTS FOR (n:Household) ON (n.name);
