# cellar: --max-memory=256M
# Padding methods asked for a width beyond memory.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt("'x'.center(10**11)", lambda: 'x'.center(10**11))
attempt("'x'.ljust(10**11)", lambda: 'x'.ljust(10**11))
attempt("'x'.rjust(10**11, '*')", lambda: 'x'.rjust(10**11, '*'))
attempt("'7'.zfill(10**11)", lambda: '7'.zfill(10**11))
attempt("'ab'.ljust(2**40, '.')", lambda: 'ab'.ljust(2**40, '.'))
print(repr('x'.center(7, '-')))
print(repr('7'.zfill(4)))
