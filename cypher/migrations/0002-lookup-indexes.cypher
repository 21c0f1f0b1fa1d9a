// Indexes for the filters of persons(...) and referrals(...).
CREATE INDEX person_status IF NOT EXISTS FOR (n:Person) ON (n.status);
CREATE INDEX person_tier IF NOT EXISTS FOR (n:Person) ON (n.tier);
// A TEXT index serves `name CONTAINS $search` without scanning every person.
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX referral_status IF NOT EXISTS FOR (n:Referral) ON (n.status);
CREATE INDEX referral_created_at IF NOT EXISTS FOR (n:Referral) ON (n.createdAt);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX product_category IF NOT EXISTS FOR (n:Product) ON (n.category);
