x = [1,	2,	3]  # tabs between tokens are whitespace
y = x[0]	+	x[1]
print(x,	y)
