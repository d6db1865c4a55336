class Recorder:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Recorder.log.append("start " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        status = "error" if exc_type else "ok"
        Recorder.log.append(f"end {self.name} {status}")
        return exc_type is ZeroDivisionError
def work(n):
    with Recorder(f"job{n}"):
        return 10 // n
print(work(5), work(0), work(2))
print(Recorder.log)
