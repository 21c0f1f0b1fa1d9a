RETURN count(e) AS total
