values = [
    1,  # one
    2,  # two

    3,
]
# comment line
mapping = {'a': 1,
           'b': 2}
print(values, mapping)
