x = 1 and
