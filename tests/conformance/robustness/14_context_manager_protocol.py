# with on objects missing __enter__ or __exit__.
class OnlyEnter:
    def __enter__(self):
        print('entered (should not happen)')
        return self

class OnlyExit:
    def __exit__(self, *args):
        print('exited (should not happen)')

class Both:
    def __enter__(self):
        print('enter')
        return 'value'
    def __exit__(self, *args):
        print('exit', args[0].__name__ if args[0] else None)
        return False

for obj in (OnlyEnter(), OnlyExit(), 5):
    try:
        with obj:
            print('body (should not happen)')
    except TypeError as e:
        print(type(e).__name__, e)
with Both() as v:
    print('body', v)
try:
    with Both():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
