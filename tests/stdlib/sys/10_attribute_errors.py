# The read-only fields of sys's struct sequences, and the errors for unknown ones.
import sys

for t in [sys.version_info, sys.float_info, sys.int_info, sys.hash_info, sys.flags]:
    first = type(t).__match_args__[0]
    for action in ['get', 'set', 'del']:
        for name in [first, 'missing_field']:
            try:
                if action == 'get':
                    getattr(t, name)
                    print('get', name, 'ok')
                elif action == 'set':
                    setattr(t, name, 0)
                else:
                    delattr(t, name)
            except AttributeError as e:
                print(action, name, type(e).__name__, e)
print(sys.version_info.major, sys.float_info.radix, sys.int_info.sizeof_digit)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)
