# A list looks empty while it is being sorted; changing it makes sort fail.
l = [3, 1, 2]
seen = []
def key(x):
    seen.append(len(l))
    return x
l.sort(key=key)
print(l, seen)
l = [3, 1, 2]
def grow(x):
    l.append(x)
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(l))

class Meddler:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victims.append(0)
        return self.v < other.v

victims = [Meddler(2), Meddler(1), Meddler(3)]
try:
    victims.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(len(victims))
l = [5, 4]
try:
    l.sort(key=lambda x: l.clear() or x)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
