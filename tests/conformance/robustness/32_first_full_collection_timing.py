# The interpreter's startup has already run two generation-1 collections, so a program's
# first automatic full collection comes after nine more of them, not eleven.
import gc
print('count[1:] at start:', gc.get_count()[1:])
starts = []
def cb(phase, info):
    if phase == 'start':
        starts.append(info['generation'])
gc.callbacks.append(cb)
class N:
    pass
for i in range(701 * 11 * 11):
    a = N()
    a.me = a
gc.callbacks.remove(cb)
print(len(starts), 'collections; generation 1:', starts.count(1))
print('full collections at', [i for i, g in enumerate(starts) if g == 2])
