# sys.argv and sys.path: their shapes and types (not their machine-dependent contents);
# both are ordinary mutable lists a program may change.
import os
import sys

print(type(sys.argv).__name__, len(sys.argv) >= 1, all(isinstance(a, str) for a in sys.argv))
print(os.path.basename(sys.argv[0]) == os.path.basename(__file__), sys.argv[1:])
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
saved = list(sys.argv)
sys.argv[1:] = ['--epochs', '3', 'data.csv']
print(sys.argv[1:], len(sys.argv))
args = sys.argv[1:]
opts = dict(zip(args[::2], args[1::2]))
print(opts)
sys.argv = saved
print(sys.argv == saved, sys.argv is saved)
os.mkdir('mods')
with open('mods/helper_mod_q.py', 'w') as f:
    f.write('VALUE = 42\ndef double(x):\n    return 2 * x\n')
try:
    import helper_mod_q
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, os.path.abspath('mods'))
import helper_mod_q
print(helper_mod_q.VALUE, helper_mod_q.double(21), helper_mod_q.__name__)
print(os.path.basename(helper_mod_q.__file__))
sys.path.pop(0)
print(any(p.endswith('mods') for p in sys.path))
print(type(sys.executable).__name__, type(sys.prefix).__name__, type(sys.platlibdir).__name__ if hasattr(sys, 'platlibdir') else 'str')
print(type(sys.orig_argv).__name__, isinstance(sys.builtin_module_names, tuple), 'sys' in sys.builtin_module_names)
import shutil
shutil.rmtree('mods')
