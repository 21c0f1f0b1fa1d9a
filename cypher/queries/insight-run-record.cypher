MERGE (run:InsightRun {id: $id})
SET run += $props
RETURN run
