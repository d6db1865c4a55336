"""Greeting helpers."""
print('greet: running, __name__ =', __name__)
NAME = 'greet'


def hello(who):
    return 'hello, ' + who


class Greeter:
    pass
