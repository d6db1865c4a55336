x = 2nd
