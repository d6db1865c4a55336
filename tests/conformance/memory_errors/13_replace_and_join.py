# cellar: --max-memory=256M
# Methods whose result outgrows memory.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

big = 'b' * 10**6
attempt("('a' * 1000).replace('a', big)", lambda: ('a' * 1000).replace('a', big))
attempt("','.join([big] * 1000)", lambda: ','.join([big] * 1000))
attempt("big * 1000", lambda: big * 1000)
attempt("[big] * 1000", lambda: [big] * 1000)
attempt("(big + 'c').upper()", lambda: (big + 'c').upper())
print(len(big))
