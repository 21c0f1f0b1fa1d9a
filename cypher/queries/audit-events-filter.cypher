// Shared by both audit anchors.
WITH e
WHERE ($action IS NULL OR e.action = $action)
  AND ($targetId IS NULL OR $targetId IN e.targetIds)
