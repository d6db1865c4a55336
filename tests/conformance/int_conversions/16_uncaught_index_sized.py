# An uncaught OverflowError from a repeat count inside a comprehension.
def rows(sizes):
    return [[0] * n for n in sizes]

print([len(r) for r in rows([1, 2, 3])])
print('next: a row of 2**63 zeros')
grid = rows([4, 2**63])
print('not reached')
