# An uncaught ModuleNotFoundError.
import sys
print('trying an optional helper module')
try:
    import nosuch_fast_helpers as helpers
except ImportError:
    helpers = None
print('fallback used:', helpers is None)
import nosuch_helpers
print('not reached')
