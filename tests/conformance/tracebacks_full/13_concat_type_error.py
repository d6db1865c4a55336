# A TypeError from + inside a longer line, in a function.
def describe(name, count):
    return 'name=' + name + ', count=' + count + ' items'

print(describe('a', '3'))
print(describe('b', 4))
