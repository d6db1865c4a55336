# Finalizers at exit after many automatic collections moved objects between generations.
class Quiet:
    def __init__(self, i):
        self.i = i
class Loud:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print('del', self.i, 'total', total)

store = []
total = 0
for i in range(3000):
    obj = Loud(i) if i % 500 == 7 else Quiet(i)
    store.append([obj])
    total += i
table = {}
for i in range(20):
    table[i] = Loud(1000 + i) if i % 7 == 0 else [i]
tail = Loud(-1)
print('end', len(store))
