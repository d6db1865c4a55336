# SystemExit raised by sys.exit: its code for each argument form, how handlers see it (not an
# Exception), finally blocks running, and sys.exit's argument checking.
import sys

for args in [(), (0,), (3,), (None,), ('msg',), ((1, 2),), (True,), ([],)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(args), repr(e.code), e.args, type(e).__name__)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print('not reached')
    finally:
        print('finally runs')
except SystemExit as e:
    print('outer', e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)


def work():
    try:
        sys.exit('from function')
    finally:
        print('cleanup in function')


try:
    work()
except BaseException as e:
    print(type(e).__name__, e, repr(e))
e = SystemExit(7)
print(e.code, str(e), repr(e), SystemExit().code, SystemExit(1, 2).code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
