import itertools

nums = [1, 4, 6, 4, 1, 7, 2]
print(list(itertools.takewhile(lambda x: x < 5, nums)))
print(list(itertools.dropwhile(lambda x: x < 5, nums)))
print(list(itertools.takewhile(lambda x: x < 100, nums)))
print(list(itertools.dropwhile(lambda x: x < 100, nums)))
print(list(itertools.takewhile(lambda x: x > 100, nums)))
print(list(itertools.dropwhile(lambda x: x > 100, nums)))
print(list(itertools.takewhile(bool, [3, "a", [1], 0, 5])))
print(list(itertools.dropwhile(bool, [3, "a", [1], 0, 5])))
print(list(itertools.takewhile(str.isdigit, "123abc456")))
print("".join(itertools.dropwhile(str.isspace, "   indented  ")))
print(list(itertools.takewhile(lambda x: x * x < 50, itertools.count())))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 10, itertools.count()), 3)))
print(list(itertools.takewhile(lambda x: True, [])), list(itertools.dropwhile(lambda x: True, [])))
tw = itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])
print(next(tw), next(tw))
try:
    next(tw)
except StopIteration:
    print("StopIteration")
print(list(tw))
dw = itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2])
print(next(dw), next(dw), next(dw))
calls = []


def pred(x):
    calls.append(x)
    return x % 2 == 0


print(list(itertools.dropwhile(pred, [2, 4, 5, 6, 8])), calls)
calls.clear()
print(list(itertools.takewhile(pred, [2, 4, 5, 6, 8])), calls)
for x in itertools.takewhile(lambda s: s != "stop", ["a", "b", "stop", "c"]):
    print("for", x)
