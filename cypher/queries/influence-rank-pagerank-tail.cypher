// Over all persons, the range index on Person.pagerank yields them in score order.
WHERE p.pagerank IS NOT NULL
RETURN p.id AS id
ORDER BY p.pagerank DESC, id
LIMIT $limit
