  // id-list-page-tail read backwards: the page before $before (or the list's last), nearest first.
  AND ($before IS NULL OR n.id < $before)
WITH n
ORDER BY n.id DESC
LIMIT $limit
