# The failing call spans several lines.
def combine(a, b, c):
    return a + b + c

print(combine(1, 2, 3))
value = combine(
    1,
    'two',
    3,
)
