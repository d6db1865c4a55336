a = 1
b = 2
c = "never closed
d = 4
