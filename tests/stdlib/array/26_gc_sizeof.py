import array
import gc
import sys

a = array.array('i', [1, 2, 3])
print(gc.is_tracked(a))
print(gc.is_tracked(array.array('d')))
s = sys.getsizeof(a)
print(type(s).__name__, s > 0)
print(sys.getsizeof(array.array('i', range(100))) > sys.getsizeof(array.array('i')))
print(gc.get_referents(a))
