# cellar: --max-memory=256M
# A format width of ten billion: MemoryError, not a crash.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt("'{:>10000000000}'.format(1)", lambda: '{:>10000000000}'.format(1))
attempt("format('ab', '<10000000000')", lambda: format('ab', '<10000000000'))
attempt("f'{2.5:^10000000000}'", lambda: f'{2.5:^10000000000}')
attempt("'%10000000000d' % 3", lambda: '%10000000000d' % 3)
attempt("'%-10000000000s' % 'a'", lambda: '%-10000000000s' % 'a')
print('{:>6}|{:<4}|'.format(1, 'ab'))
