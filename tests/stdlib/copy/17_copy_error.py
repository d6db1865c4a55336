import copy

print(copy.Error is copy.error)
print(copy.Error.__name__, copy.Error.__module__)
print(issubclass(copy.Error, Exception), copy.Error.__mro__[1].__name__)
try:
    raise copy.Error("custom message")
except copy.error as e:
    print(type(e).__name__, e)

# a __reduce_ex__ that returns None is not a reduction: TypeError, not copy.Error
class NoReduce:
    def __reduce_ex__(self, proto):
        return None
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoReduce())
    except copy.Error as e:
        print("Error", e)
    except TypeError as e:
        print(fn.__name__, "TypeError")

# when __reduce_ex__ is None, __reduce__ is tried; when both are missing -> Error
class Neither:
    __reduce_ex__ = None
    __reduce__ = None
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Neither())
    except copy.Error as e:
        print(fn.__name__, type(e).__name__, e)
# the same for a list holding one
try:
    copy.deepcopy([1, Neither()])
except copy.error as e:
    print("nested", type(e).__name__, e)
# copy.Error is raised by user code too, and caught as Exception
try:
    raise copy.error
except Exception as e:
    print(type(e).__name__, repr(e))
print(sorted(n for n in copy.__all__))
