import itertools


class Reenter:
    def __init__(self):
        self.tee = None
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 2:
            print("  source pulls from its own tee")
            return next(self.tee)
        if self.i > 4:
            raise StopIteration
        return self.i


r = Reenter()
a, b = itertools.tee(r)
r.tee = a
print(next(a))
try:
    next(a)
except RuntimeError as e:
    print(type(e).__name__, e)
print("a goes on:", list(a))
print("b:", list(b))

# the other tee of the pair is served from the buffer, so no re-entry
r = Reenter()
a, b = itertools.tee(r)
r.tee = b
print(next(a))
try:
    print("second from a:", next(a))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(a), list(b))

# ... unless the other tee has caught up with the buffer
r = Reenter()
a, b = itertools.tee(r)
r.tee = b
print(next(b), next(a))
try:
    print("second from a:", next(a))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(a), list(b))
