def run(exc):
    try:
        raise exc
    except Exception as e:
        return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
print(run(ValueError()))
print(run(KeyboardInterrupt()))
print(run(MemoryError()))
print(run(StopIteration()))
try:
    raise KeyboardInterrupt("simulated")
except KeyboardInterrupt as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    raise MemoryError("pretend")
except MemoryError as e:
    print(type(e).__name__, e)
