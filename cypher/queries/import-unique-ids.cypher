// Demo import precondition: the labels whose id is unique. Every MATCH and MERGE of the import looks nodes up by id
// through these constraints (cypher/migrations); without them each lookup scans the whole label.
SHOW CONSTRAINTS YIELD entityType, labelsOrTypes, properties, type
WHERE entityType = 'NODE' AND properties = ['id'] AND (type CONTAINS 'UNIQUENESS' OR type = 'NODE_KEY')
RETURN labelsOrTypes
