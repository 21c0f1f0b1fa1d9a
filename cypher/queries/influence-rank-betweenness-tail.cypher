// Over all persons, the range index on Person.betweenness yields them in score order.
WHERE p.betweenness IS NOT NULL
RETURN p.id AS id
ORDER BY p.betweenness DESC, id
LIMIT $limit
