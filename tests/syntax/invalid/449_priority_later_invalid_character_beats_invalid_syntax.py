y = = 2
x = a € b
