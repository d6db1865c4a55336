# str methods whose size or count argument is beyond ssize_t or a C int.
def attempt(label, make):
    try:
        print(label, '->', repr(make()))
    except (OverflowError, ValueError, MemoryError) as e:
        print(label, '->', type(e).__name__, e)

attempt("'x'.center(2**63)", lambda: 'x'.center(2**63))
attempt("'x'.ljust(-2**63)", lambda: 'x'.ljust(-2**63))
attempt("'x'.rjust(-5)", lambda: 'x'.rjust(-5))
attempt("'x'.zfill(2**63)", lambda: 'x'.zfill(2**63))
attempt("'x'.zfill(-2**70)", lambda: 'x'.zfill(-2**70))
attempt("'a\\tb'.expandtabs(2**31)", lambda: 'a\tb'.expandtabs(2**31))
attempt("'a\\tb'.expandtabs(10**10)", lambda: 'a\tb'.expandtabs(10**10))
attempt("'a,b'.split(',', 2**63)", lambda: 'a,b'.split(',', 2**63))
attempt("'a,b'.split(',', -2**70)", lambda: 'a,b'.split(',', -2**70))
attempt("'a b c'.rsplit(None, -2**70)", lambda: 'a b c'.rsplit(None, -2**70))
attempt("'abc'.replace('a', 'b', 2**63)", lambda: 'abc'.replace('a', 'b', 2**63))
attempt("'aaa'.replace('a', 'b', 2**63 - 1)", lambda: 'aaa'.replace('a', 'b', 2**63 - 1))
attempt("'aaa'.split('a', 2**63 - 1)", lambda: 'aaa'.split('a', 2**63 - 1))
