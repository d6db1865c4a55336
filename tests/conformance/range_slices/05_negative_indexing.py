xs = ["a", "b", "c", "d", "e"]
for i in range(-5, 5):
    print(i, xs[i], end="; ")
print()
print(xs[-1], xs[-len(xs)], "hello"[-2])
print([xs[i] for i in range(len(xs) - 1, -1, -2)])
for i in reversed(range(3)):
    print(i, end=" ")
print()
print(list(reversed(range(2, 12, 3))))
