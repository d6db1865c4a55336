class MyError(Exception):
    pass

class DetailedError(MyError):
    def __init__(self, code, message="failed"):
        super().__init__(message)
        self.code = code

try:
    raise DetailedError(42)
except MyError as e:
    print(e.code, e)
