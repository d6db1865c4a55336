# set_threshold with 1, 2 or 3 arguments; omitted ones keep their values
import gc
print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(50, 5)
print(gc.get_threshold())
gc.set_threshold(1, 2, 3)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_threshold()).__name__)
