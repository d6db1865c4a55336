# Repeated traceback entries collapse into "[Previous line repeated N more times]".
import traceback


def show(exc, **kw):
    text = "".join(traceback.format_exception(exc, **kw))
    print(text.replace(__file__, "FILE"), end="")
    print("-" * 20)


def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    countdown(n - 1)


def ping(n):
    if n == 0:
        raise KeyError("pong")
    pong(n - 1)


def pong(n):
    ping(n)


def two_sites(n):
    if n == 0:
        raise IndexError("two sites")
    if n % 2:
        two_sites(n - 1)
    else:
        two_sites(n - 1)


caught = {}
for name, fn, arg in (("countdown20", countdown, 20), ("countdown3", countdown, 3),
                      ("countdown4", countdown, 4), ("pingpong", ping, 4),
                      ("two_sites", two_sites, 6)):
    try:
        fn(arg)
    except Exception as e:
        caught[name] = e
        print(name, len(traceback.extract_tb(e.__traceback__)))

for name in caught:
    print(name)
    show(caught[name])

print("extract_tb keeps every entry; only formatting collapses them")
summary = traceback.extract_tb(caught["countdown20"].__traceback__)
formatted = traceback.format_list(summary)
print(len(summary), len(formatted))
print(formatted[4].replace(__file__, "FILE"), end="")
print("limit=5 then collapse")
show(caught["countdown20"], limit=5)
print("negative limit")
show(caught["countdown20"], limit=-6)

print("a recursion of generators")


def nested(n):
    if n == 0:
        raise RuntimeError("gen bottom")
    yield from nested(n - 1)


try:
    list(nested(5))
except RuntimeError as e:
    show(e)
caught.clear()
