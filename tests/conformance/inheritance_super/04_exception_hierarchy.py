class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table
class NotFound(DbError):
    pass
for exc in [NotFound("users", "no row"), DbError("t", "locked"), AppError("generic"), ValueError("other")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.table)
    except DbError as e:
        print("DbError", e, e.args)
    except AppError as e:
        print("AppError", e)
    except Exception as e:
        print("Exception", type(e).__name__, e)
print(issubclass(NotFound, AppError), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([k.__name__ for k in (NotFound, DbError, AppError, Exception, BaseException) if issubclass(NotFound, k)])
