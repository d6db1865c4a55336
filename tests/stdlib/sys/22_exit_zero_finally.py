# An uncaught sys.exit(0) ends the program with status 0: pending finally blocks and context
# managers run first, and 'except Exception' does not stop it.
import sys


class Resource:
    def __enter__(self):
        print('open')
        return self

    def __exit__(self, *exc):
        print('close', exc[0].__name__ if exc[0] else None)
        return False


def main():
    with Resource():
        try:
            for i in range(5):
                print('step', i)
                if i == 2:
                    sys.exit(0)
        except Exception:
            print('not caught here')
        finally:
            print('finally in main')


try:
    main()
finally:
    print('outer finally')
print('never printed')
