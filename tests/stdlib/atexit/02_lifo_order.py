# Callbacks run in reverse order of registration; the same function may be registered many times.
import atexit

log = []

def record(i):
    log.append(i)
    print('callback', i, 'seen so far', log)

for i in range(6):
    atexit.register(record, i)
atexit.register(record, 'again')
atexit.register(record, 0)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step):
        self.n += step
        print('Counter now', self.n)

c = Counter()
atexit.register(c, 1)
atexit.register(c, 10)
atexit.register(lambda: print('lambda sees', c.n))
print('program done; log is', log)
