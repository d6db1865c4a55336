# print's keyword arguments: unknown names, wrong types, None meaning the default.
def attempt(label, call):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)

attempt('x=2', lambda: print(1, x=2))
attempt('sep=5', lambda: print(1, 2, sep=5))
attempt('end=5', lambda: print(1, end=5))
attempt('sep=b', lambda: print(1, 2, sep=['-']))
attempt('file=5', lambda: print(1, file=5))
print('file=None', file=None)
print('flush', flush=True)
print('sep', 'None', sep=None)
print('end None', end=None)
print('a', 'b', sep=None, end=None)
print(sep=None, end=None)
print()
print(sep='-', end='')
print('after empty', end='\n')
print(*[1, 2, 3], sep=', ')
print(*[], sep='never', end='<\n')
