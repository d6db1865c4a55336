from contextlib import contextmanager


@contextmanager
def once():
    print("enter")
    yield "v"
    print("exit")


cm = once()
with cm as v:
    print(v)
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError", e)

# entering a second time while the first is active
cm = once()
with cm:
    try:
        cm.__enter__()
    except AttributeError as e:
        print("nested AttributeError", e)

# a fresh manager from the same factory is fine
with once():
    pass

# __exit__ after a finished generator: calling it again
cm = once()
cm.__enter__()
print(cm.__exit__(None, None, None))
print(cm.__exit__(None, None, None))
cm2 = once()
cm2.__enter__()
print(cm2.__exit__(None, None, None))
try:
    cm2.__exit__(ValueError, ValueError("late"), None)
except ValueError as e:
    print("late ValueError", e)
print(cm2.__exit__(StopIteration, StopIteration(), None))

# __exit__ without __enter__: the generator was never started
cm3 = once()
try:
    cm3.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
cm4 = once()
try:
    cm4.__exit__(KeyError, KeyError(1), None)
except KeyError as e:
    print("KeyError", e)
print(cm4.gen.gi_frame)
