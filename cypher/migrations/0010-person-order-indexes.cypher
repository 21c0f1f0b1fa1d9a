// Range indexes that hand persons over in name or creation order, so
// persons(orderBy:) without a filter reads one page, not every person
// (AUM and last contact are in 0008-person-filter-indexes).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_created_at IF NOT EXISTS FOR (n:Person) ON (n.createdAt);
