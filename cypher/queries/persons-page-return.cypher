// After the page's persons and whichever persons-page-with-* columns the request selected.
RETURN *
ORDER BY p.id
