# gc disabled, one explicit collection, then more objects: the order of finalizers at exit.
import gc
gc.disable()
class Loud:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print('del', self.i, 'total', total)
store = []
total = 0
for i in range(3000):
    store.append([Loud(i)] if i % 500 == 7 else [i])
    total += i
gc.collect()
table = {i: Loud(1000 + i) for i in range(0, 20, 7)}
tail = Loud(-1)
print('end', len(store))
