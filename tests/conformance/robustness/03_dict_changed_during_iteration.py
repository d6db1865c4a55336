# Changing a dict while iterating over it.
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        del d[k]
        d[k + 100] = 'moved'
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'new'
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
d = {1: 'a', 2: 'b', 3: 'c'}
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print('items:', type(e).__name__, e)
print(d)
d = {1: 'a'}
try:
    for v in d.values():
        d.pop(1)
        d[2] = 'x'
except RuntimeError as e:
    print('values:', type(e).__name__, e)
print(d)
# Three keys replaced one by one: the dict is compacted when it grows, so the
# iterator runs off the end and no error is raised.
d = {1: 'a', 2: 'b', 3: 'c'}
for k in d:
    del d[k]
    d[k + 100] = 'moved'
print(sorted(d))
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = d[k] * 2
print('changing values is fine:', d)
for k in list(d):
    del d[k]
print('iterating over a copy is fine:', d)
