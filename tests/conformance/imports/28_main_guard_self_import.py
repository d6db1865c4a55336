"""Importing the program's own file as a module: the __main__ guard stops it running twice."""
import sys
import importlib

print('top of file, __name__ =', __name__)


def answer():
    return 42


if __name__ == '__main__':
    me = importlib.import_module('28_main_guard_self_import')
    print(me.__name__, me.answer())
    print(me is sys.modules['__main__'], me.answer is answer)
    print(sys.modules['__main__'].answer is answer, me.__doc__ == __doc__)
else:
    print('imported as a module')
