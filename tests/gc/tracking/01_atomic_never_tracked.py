# ints, floats, strings, bools, None and ranges are never tracked
import gc
n = 12345678901234567890
print(gc.is_tracked(1), gc.is_tracked(n), gc.is_tracked(2.5))
print(gc.is_tracked("s"), gc.is_tracked("abc" * 10), gc.is_tracked(""))
print(gc.is_tracked(True), gc.is_tracked(None), gc.is_tracked(range(10)))
