# A user's csv.py or random.py first on sys.path shadows the standard library module;
# a user's sys.py, gc.py or time.py does not: those are built into the interpreter.
import sys
HERE = __file__.rsplit('/', 1)[0]
for name in 'csv', 'random':
    sys.modules.pop(name, None)  # in case the site machinery imported the real one already
sys.path.insert(0, HERE + '/shadow')

import csv
print(csv.MARK, csv.__file__.replace(HERE, '<topic>'))
import random
print(random.MARK, random.random())
import gc
import time
print(hasattr(gc, 'MARK'), hasattr(time, 'MARK'), hasattr(gc, 'collect'), hasattr(time, 'time'))
print(hasattr(gc, '__file__'), hasattr(time, '__file__'), hasattr(sys, '__file__'))
del sys.modules['time']
import time
print(hasattr(time, 'MARK'), hasattr(time, 'time'))
import sys as again
print(again is sys, hasattr(sys, 'MARK'))
