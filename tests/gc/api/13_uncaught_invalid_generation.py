# an uncaught ValueError from gc.collect with a generation out of range
import gc
print(gc.collect(2) >= 0)
gc.collect(3)
print("not reached")
