class AppError(Exception):
    pass

class HttpError(ValueError):
    def __init__(self, msg, status):
        super().__init__(msg)
        self.status = status

    def describe(self):
        return str(self.status) + " " + str(self)

class LookupFailed(KeyError):
    def __init__(self, key, where):
        super().__init__(key)
        self.where = where

e = HttpError("not found", 404)
print(e.args, str(e), repr(e), e.status, e.describe())
try:
    raise HttpError("forbidden", 403)
except ValueError as err:
    print("caught as ValueError", type(err).__name__, err, err.status)
try:
    raise LookupFailed("k", "cache")
except LookupError as err:
    print("caught as LookupError", err, repr(err), err.args, err.where)
try:
    raise AppError("a", "b", 3)
except Exception as err:
    print(err, repr(err), err.args, isinstance(err, AppError))
print(str(AppError()), repr(AppError()), AppError("x").args)
print(isinstance(e, Exception), issubclass(HttpError, ValueError), type(e).__name__)
try:
    try:
        raise HttpError("inner", 500)
    except HttpError as inner:
        inner.status += 1
        raise
except Exception as outer:
    print("reraised", outer, outer.status)
