def f(x):
	if x > 0:
		return x
	else:
		return -x

print(f(-3))
