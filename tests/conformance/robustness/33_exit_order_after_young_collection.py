# Objects made before and after an automatic collection, finalized at exit: the globals
# are scanned first (they live in the oldest generation), so an object held directly by a
# global keeps its place and one held inside a container follows its container.
class Loud:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print('del', self.i)

a = Loud(1)
b = [Loud(2)]
junk = [[] for i in range(800)]
c = Loud(3)
d = {0: Loud(4)}
e = [Loud(5)]
print('end')
