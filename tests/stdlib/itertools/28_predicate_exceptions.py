import itertools


class Boom(Exception):
    pass


def pred(x):
    if x == 3:
        raise Boom("pred failed on %d" % x)
    return x < 5


for name, make in [("takewhile", itertools.takewhile), ("dropwhile", itertools.dropwhile),
                   ("filterfalse", itertools.filterfalse)]:
    obj = make(pred, [1, 2, 3, 4, 6, 1])
    out = []
    try:
        for x in obj:
            out.append(x)
    except Boom as e:
        print(name, "raised", e, "after", out)
    print(name, "resumes with", list(obj))


def key(a, b):
    if b == 0:
        raise ArithmeticError("zero")
    return a + b


sm = itertools.starmap(key, [(1, 1), (2, 0), (3, 3)])
print(next(sm))
try:
    next(sm)
except ArithmeticError as e:
    print("starmap raised", e)
print(list(sm))
acc = itertools.accumulate([1, 0, 2], key)
print(next(acc))
try:
    next(acc)
except ArithmeticError as e:
    print("accumulate raised", e)
print(list(acc))
