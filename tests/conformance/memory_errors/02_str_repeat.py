# cellar: --max-memory=256M
# Strings too big for memory.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt("'a' * 10**12", lambda: 'a' * 10**12)
attempt("'ab' * 10**11", lambda: 'ab' * 10**11)
attempt("10**12 * 'z'", lambda: 10**12 * 'z')
s = 'xyz'
try:
    s *= 10**12
except MemoryError:
    print('in-place repeat: caught MemoryError')
print('s is unchanged:', s)
attempt("'abc' * 1000", lambda: 'abc' * 1000)
print(('-' * 20) + '|')
