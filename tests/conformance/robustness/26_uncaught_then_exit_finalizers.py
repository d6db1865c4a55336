# An uncaught exception, then the finalizers of what is still alive run at exit.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('closing', self.name, 'opened so far:', opened)

opened = 0
def open_resource(name):
    global opened
    opened += 1
    return Resource(name)

first = open_resource('first')
pool = [open_resource('pool%d' % i) for i in range(2)]
print('opened', opened)
def fail(r):
    local = open_resource('local')
    raise RuntimeError('giving up on ' + r.name)
fail(first)
