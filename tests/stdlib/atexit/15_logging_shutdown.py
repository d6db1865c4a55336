# logging registers logging.shutdown with atexit when imported: it flushes and closes the
# handlers after the callbacks registered later have run.
import atexit
import logging
import sys


class Tracked(logging.StreamHandler):
    def __init__(self, tag):
        super().__init__(sys.stdout)
        self.tag = tag

    def flush(self):
        print('flush', self.tag)
        super().flush()

    def close(self):
        print('close', self.tag)
        super().close()


h = Tracked('handler')
log = logging.getLogger('app')
log.addHandler(h)
log.propagate = False
log.warning('a warning')


def last_words():
    print('callback runs before logging.shutdown')
    log.error('logged from a callback')


atexit.register(last_words)
print('end of program')
