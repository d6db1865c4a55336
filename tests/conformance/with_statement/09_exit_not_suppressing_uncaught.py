class Logger:
    def __enter__(self):
        print("open log")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close log,", exc_type.__name__ if exc_type else "clean")
with Logger():
    print("step 1")
with Logger():
    print("step 2")
    raise ValueError("step 2 failed")
print("unreachable")
