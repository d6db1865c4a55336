# A notebook user edits utils.py and reloads it: the new code runs in the old namespace.
import sys
import importlib


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


write('notebook_utils.py', '''print("utils: v1 running")
RATE = 0.1


def total(x):
    return x * (1 + RATE)


def old_helper():
    return "old"
''')
sys.path.insert(0, '.')
import notebook_utils as u
print(u.RATE, round(u.total(100), 2), u.old_helper())
old_total = u.total
write('notebook_utils.py', '''print("utils: v2 running, RATE is still", RATE)
RATE = 0.25
TAX = 3


def total(x):
    return x * (1 + RATE) + TAX
''')
print(importlib.reload(u) is u)
print(u.RATE, u.total(100), u.old_helper(), u.TAX)
print(old_total(100), old_total is u.total)
write('late_module.py', 'print("late_module: running")\nLATE = True\n')
importlib.invalidate_caches()
import late_module
print(late_module.LATE)
