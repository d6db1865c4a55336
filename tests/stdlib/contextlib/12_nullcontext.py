from contextlib import nullcontext, AbstractContextManager

with nullcontext() as v:
    print(v)
with nullcontext(42) as v:
    print(v)
with nullcontext(enter_result="kw") as v:
    print(v)

obj = [1, 2]
n = nullcontext(obj)
with n as a:
    with n as b:
        print(a is obj, b is obj)
print(n.enter_result is obj)

try:
    with nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)

print(n.__exit__(ValueError, ValueError(), None))
print(n.__exit__())
print(isinstance(n, AbstractContextManager))


def maybe_open(use_cm):
    cm = nullcontext("fallback") if not use_cm else nullcontext("real")
    with cm as r:
        return r


print(maybe_open(True), maybe_open(False))

try:
    nullcontext(1, 2)
except TypeError as e:
    print("TypeError", e)
