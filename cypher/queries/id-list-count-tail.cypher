RETURN count(n) AS total
