numbers = [
    1, 2,
        3, 4,
  5,
]
total = sum(
numbers
)
nested = {"a": [
    (1,
     2),
], "b": {
  3,
}}
print(numbers, total, nested)
