// influenceCentres(PAGERANK | BETWEENNESS) reads the top scores in index order (ORDER BY … DESC LIMIT), not by sorting everyone.
CREATE INDEX person_pagerank IF NOT EXISTS FOR (n:Person) ON (n.pagerank);
CREATE INDEX person_betweenness IF NOT EXISTS FOR (n:Person) ON (n.betweenness);
// refreshInsights keeps one (:InsightRun) per kind of computation, merged by id.
CREATE CONSTRAINT insight_run_id_unique IF NOT EXISTS FOR (n:InsightRun) REQUIRE n.id IS UNIQUE;
