deep = []
for _ in range(100000):
    deep = [deep]
print(len(deep), type(deep[0]).__name__)
try:
    repr(deep)
except RecursionError as e:
    print(type(e).__name__, e)
other = []
for _ in range(100000):
    other = [other]
try:
    print(deep == other)
except RecursionError as e:
    print(type(e).__name__, e)
depth = 0
node = deep
while node:
    node = node[0]
    depth += 1
print("iterative depth", depth)
del deep, other, node
print("freed without crashing")
