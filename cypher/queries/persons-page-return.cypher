// After the page's persons (and persons-page-with-relations when the request selected any):
// only the stored properties the request needs ($personProperties), not the whole node.
RETURN [key IN $personProperties | p[key]] AS person, relations
ORDER BY p.id
