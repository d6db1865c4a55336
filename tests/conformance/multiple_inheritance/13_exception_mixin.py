class DetailMixin:
    def detail(self):
        return type(self).__name__ + ": " + "/".join(str(a) for a in self.args)
class AppError(Exception):
    pass
class BadValue(DetailMixin, AppError, ValueError):
    pass
class BadKey(DetailMixin, KeyError):
    pass
print([c.__name__ for c in BadValue.__mro__])
print(BadValue.__base__.__name__, [b.__name__ for b in BadValue.__bases__])
print([c.__name__ for c in BadKey.__mro__], BadKey.__base__.__name__)
for exc in (BadValue("x", 1), BadKey("k")):
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch:", e.detail(), repr(str(e)))
    except LookupError as e:
        print("LookupError branch:", e.detail(), repr(str(e)))
try:
    raise BadValue("y")
except AppError as e:
    print("AppError branch:", e.args, isinstance(e, ValueError), isinstance(e, DetailMixin))
print(issubclass(BadValue, Exception), issubclass(BadKey, LookupError), issubclass(BadKey, ValueError))
