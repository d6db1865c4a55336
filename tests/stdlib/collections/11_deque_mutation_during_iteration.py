from collections import deque


def attempt(label, mutate):
    d = deque([1, 2, 3, 4])
    seen = []
    try:
        for x in d:
            seen.append(x)
            if x == 2:
                mutate(d)
    except RuntimeError as e:
        print(label, seen, type(e).__name__, e)
    else:
        print(label, seen, "no error", d)


attempt("append", lambda d: d.append(5))
attempt("appendleft", lambda d: d.appendleft(0))
attempt("pop", lambda d: d.pop())
attempt("popleft", lambda d: d.popleft())
attempt("clear", lambda d: d.clear())
attempt("rotate", lambda d: d.rotate(1))
attempt("extend-empty", lambda d: d.extend([]))
attempt("setitem", lambda d: d.__setitem__(0, 9))
attempt("remove", lambda d: d.remove(4))
attempt("reverse", lambda d: d.reverse())
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except Exception as e:
    print(type(e).__name__, e)
d = deque([1, 2, 3])
r = reversed(d)
print(next(r))
d.appendleft(0)
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d)
d.append(4)
d.pop()
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
