# At exit, logging.shutdown flushes and closes every handler still alive (CPython registers it with atexit).
import logging, sys

class Tracked(logging.StreamHandler):
    def __init__(self, tag):
        super().__init__(sys.stdout)
        self.tag = tag
    def flush(self):
        print('flush', self.tag)
    def close(self):
        print('close', self.tag)
        super().close()

first = Tracked('first')
second = Tracked('second')
lg = logging.getLogger('atexit')
lg.addHandler(first)
lg.propagate = False
lg.warning('logged')
print('end of program')
