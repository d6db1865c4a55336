# an uncaught TypeError from gc.get_objects with a non-integer generation
import gc
print(len(gc.get_objects(0)) >= 0)
gc.get_objects("2")
