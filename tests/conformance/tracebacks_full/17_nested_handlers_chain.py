# Three exceptions chained: a cause, then another one while handling it.
def load(name):
    try:
        return {'x': 1}[name]
    except KeyError as e:
        raise LookupError('no such setting: ' + name) from e

def load_or_default(name):
    try:
        return load(name)
    except LookupError:
        return default[name]

default = {}
print(load('x'))
load_or_default('y')
