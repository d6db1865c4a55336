import copy

class Handle:
    __reduce_ex__ = None
    __reduce__ = None

class Job:
    def __init__(self):
        self.name = "job"
        self.handle = Handle()
        self.log = []

job = Job()
try:
    copy.copy(Handle())
except copy.Error as e:
    print("caught:", e)
c = copy.copy(job)
print(c.name, c.handle is job.handle, c.log is job.log)
print(copy.deepcopy(job).name)
