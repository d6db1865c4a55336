total = 1 + \
        2 + \
    3
if total > 1 and \
        total < 10:
    print("in range")
x = [1, 2] + \
[3]
assert total, \
    "message"
def f(a,
      b): return \
    a + b
print(total, x, f(1, 2))
