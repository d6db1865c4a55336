# Finalizers at exit: instances held by a class attribute, nested containers and
# another instance's attributes; __del__ calls a module-level function.
def report(what):
    print('finalized', what, 'seen', len(seen))
    seen.append(what)

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        report(self.name)

class Registry:
    items = []

seen = []
Registry.items.append(Res('reg0'))
Registry.items.append(Res('reg1'))
nested = [[Res('n00'), Res('n01')], ({'k': Res('n1k')},)]
owner = Res('owner')
owner.a = Res('owned-a')
owner.b = Res('owned-b')
lone = Res('lone')
print('end')
