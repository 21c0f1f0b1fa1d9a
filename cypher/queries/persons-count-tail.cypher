RETURN count(p) AS total
