f = lambda: 1 if x
