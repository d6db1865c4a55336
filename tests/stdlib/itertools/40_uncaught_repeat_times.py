import itertools

print(list(itertools.repeat("ok", 2)))
times = 2 / 1
print("times is", times)
print(list(itertools.repeat("x", times)))
