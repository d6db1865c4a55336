# gc.callbacks is a plain list: callbacks run in list order, with start then stop, and can be removed
import gc
class Node:
    pass
events = []
def first(phase, info):
    events.append("first " + phase + " " + str(info["generation"]) + " " + str(info["collected"]))
def second(phase, info):
    events.append("second " + phase + " " + str(info["uncollectable"]))
print(type(gc.callbacks).__name__, len(gc.callbacks))
gc.callbacks.append(first)
gc.callbacks.append(second)
a = Node()
a.me = a
del a
print(gc.collect(1))
for e in events:
    print(e)
events.clear()
gc.callbacks.remove(first)
print(gc.collect(0), events)
gc.callbacks.clear()
print(gc.collect(), events, len(gc.callbacks))
