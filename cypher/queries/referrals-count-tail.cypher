RETURN count(r) AS total
