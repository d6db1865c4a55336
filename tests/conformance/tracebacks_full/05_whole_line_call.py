# The failing expression is the whole line: no marks under it.
def check(n):
    if n > 2:
        raise ValueError('too big: %d' % n)
    return n

for i in range(5):
    check(i)
