MATCH (run:InsightRun {id: $id})
RETURN run
