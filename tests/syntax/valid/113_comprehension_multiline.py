result = [
    (x, y)
    for x in range(4)   # outer loop
    if x % 2 == 0
    for y in range(x)
    # a comment inside the comprehension
    if y
]
print(result)
