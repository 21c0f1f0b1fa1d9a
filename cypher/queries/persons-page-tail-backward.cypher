  // persons-page-tail read backwards: the page before $before (or the list's last), nearest first.
  AND ($before IS NULL OR p.id < $before)
WITH p
ORDER BY p.id DESC
LIMIT $limit
// persons-page-with-relations replaces these when the request selected relations.
WITH p, [] AS relations
